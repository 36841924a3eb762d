package nl.nazorg.survey.response;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.nazorg.events.client.ProfileField;
import nl.nazorg.survey.definition.Question;
import nl.nazorg.survey.definition.SurveyDefinition;

/** Checks a submission against its definition: one problem per question at most, in question order. */
public final class AnswerValidation {

    private AnswerValidation() {
    }

    public static Map<String, AnswerProblem> problems(SurveyDefinition definition, Answers answers) {
        Map<String, AnswerProblem> problems = new LinkedHashMap<>();
        definition.questions().filter(answers::applies).forEach(question ->
                problem(question, answers.of(question.id())).ifPresent(p -> problems.put(question.id(), p)));
        return problems;
    }

    static Optional<AnswerProblem> problem(Question question, List<String> values) {
        if (values.isEmpty()) {
            return question.required() ? Optional.of(AnswerProblem.of(AnswerProblem.Code.REQUIRED)) : Optional.empty();
        }
        String value = values.get(0);
        return switch (question.type()) {
            case SINGLE_CHOICE -> values.size() > 1
                    ? Optional.of(AnswerProblem.of(AnswerProblem.Code.ONE_CHOICE_ONLY))
                    : choices(question, values);
            case MULTI_CHOICE -> choices(question, values);
            case NUMBER -> number(question, value);
            case DATE -> AnswerValues.date(value).isPresent()
                    ? Optional.empty() : Optional.of(AnswerProblem.of(AnswerProblem.Code.NOT_A_DATE));
            case NPS -> AnswerValues.nps(value).isPresent()
                    ? Optional.empty() : Optional.of(AnswerProblem.of(AnswerProblem.Code.NOT_AN_NPS));
            case TEXT -> text(question, value);
        };
    }

    private static Optional<AnswerProblem> choices(Question question, List<String> values) {
        return values.stream().allMatch(question::hasChoice)
                ? Optional.empty() : Optional.of(AnswerProblem.of(AnswerProblem.Code.NOT_A_CHOICE));
    }

    private static Optional<AnswerProblem> number(Question question, String value) {
        Optional<BigDecimal> number = AnswerValues.number(value);
        if (number.isEmpty()) {
            return Optional.of(AnswerProblem.of(AnswerProblem.Code.NOT_A_NUMBER));
        }
        if (question.min() != null && number.get().compareTo(question.min()) < 0) {
            return Optional.of(new AnswerProblem(AnswerProblem.Code.TOO_LOW, question.min().toPlainString()));
        }
        if (question.max() != null && number.get().compareTo(question.max()) > 0) {
            return Optional.of(new AnswerProblem(AnswerProblem.Code.TOO_HIGH, question.max().toPlainString()));
        }
        return Optional.empty();
    }

    private static Optional<AnswerProblem> text(Question question, String value) {
        if (question.profileField() == ProfileField.EMAIL && !AnswerValues.email(value)) {
            return Optional.of(AnswerProblem.of(AnswerProblem.Code.NOT_AN_EMAIL));
        }
        if (question.profileField() == ProfileField.PHONE && AnswerValues.phone(value).isEmpty()) {
            return Optional.of(AnswerProblem.of(AnswerProblem.Code.NOT_A_PHONE));
        }
        return Optional.empty();
    }
}
