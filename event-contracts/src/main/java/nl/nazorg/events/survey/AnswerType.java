package nl.nazorg.events.survey;

/**
 * The kind of a survey answer on the topic. TEXT answers are not here: free text of the client stays in
 * survey-service (a text answer that maps to a profile field travels as a {@code ProfileChangeRequested}).
 */
public enum AnswerType {

    /** One choice code in {@code choices}. */
    SINGLE_CHOICE,

    /** Zero or more choice codes in {@code choices}. */
    MULTI_CHOICE,

    /** A decimal in {@code number}. */
    NUMBER,

    /** A date in {@code date}. */
    DATE,

    /** A Net Promoter Score 0–10 in {@code number}. */
    NPS
}
