package nl.nazorg.survey.response;

/**
 * Why an answer cannot be accepted; the page words it in the client's language.
 *
 * @param code     what is wrong
 * @param argument the limit involved (for TOO_LOW and TOO_HIGH); null otherwise
 */
public record AnswerProblem(Code code, String argument) {

    public enum Code {
        REQUIRED, NOT_A_NUMBER, TOO_LOW, TOO_HIGH, NOT_A_DATE, NOT_A_CHOICE, ONE_CHOICE_ONLY, NOT_AN_EMAIL,
        NOT_A_PHONE, NOT_AN_NPS
    }

    public static AnswerProblem of(Code code) {
        return new AnswerProblem(code, null);
    }
}
