package nl.nazorg.survey.response;

/** Where a client's response stands: saved to continue later, or submitted (final). */
public enum ResponseStatus {
    DRAFT, SUBMITTED
}
