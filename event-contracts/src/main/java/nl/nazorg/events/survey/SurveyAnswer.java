package nl.nazorg.events.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.nazorg.events.internal.Copies;

/**
 * One typed answer to a survey question (antwoord). Exactly the field its type names is present.
 *
 * @param type    the kind of answer
 * @param choices the choice codes defined by the survey, e.g. {@code YES} or {@code LOWER_HOUSING_COSTS}, for
 *                SINGLE_CHOICE (one) and MULTI_CHOICE (any number); empty otherwise
 * @param number  the number for NUMBER and NPS (a whole number 0–10)
 * @param date    the date for DATE
 */
public record SurveyAnswer(
        AnswerType type,
        // Left out when empty, so a NUMBER or DATE answer carries only its own field.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> choices,
        BigDecimal number,
        LocalDate date) {

    public SurveyAnswer {
        choices = Copies.list(choices);
    }

    public static SurveyAnswer singleChoice(String choice) {
        return new SurveyAnswer(AnswerType.SINGLE_CHOICE, List.of(choice), null, null);
    }

    public static SurveyAnswer multiChoice(List<String> choices) {
        return new SurveyAnswer(AnswerType.MULTI_CHOICE, choices, null, null);
    }

    public static SurveyAnswer number(BigDecimal number) {
        return new SurveyAnswer(AnswerType.NUMBER, null, number, null);
    }

    public static SurveyAnswer date(LocalDate date) {
        return new SurveyAnswer(AnswerType.DATE, null, null, date);
    }

    public static SurveyAnswer nps(int score) {
        return new SurveyAnswer(AnswerType.NPS, null, BigDecimal.valueOf(score), null);
    }
}
