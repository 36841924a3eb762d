package nl.nazorg.events.client;

/** Where a client asked for a profile change. */
public enum ProfileChangeSource {

    /** An answer in a survey (vragenlijst) that maps to a profile field. */
    SURVEY
}
