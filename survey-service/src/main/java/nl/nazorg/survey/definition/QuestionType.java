package nl.nazorg.survey.definition;

/** The kinds of question a survey definition (vragenlijst) may hold. */
public enum QuestionType {
    SINGLE_CHOICE, MULTI_CHOICE, TEXT, NUMBER, DATE, NPS;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }
}
