package nl.nazorg.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.nazorg.survey.definition.Question;
import nl.nazorg.survey.definition.QuestionType;
import nl.nazorg.survey.definition.SurveyDefinition;
import nl.nazorg.survey.response.AnswerValues;
import nl.nazorg.survey.response.Answers;

/**
 * What the responses to one survey say, per question: how many answered, counts per option, and for numbers the
 * average (two decimals), lowest and highest. Questions are taken from the newest definition; answers given to older
 * versions count under the same question id.
 */
public record SurveySummary(String surveyId, int responses, NpsFigures nps, List<QuestionSummary> questions) {

    public record QuestionSummary(String questionId, QuestionType type, int answered, Map<String, Integer> counts,
                                  BigDecimal average, BigDecimal lowest, BigDecimal highest) {
    }

    public static SurveySummary of(SurveyDefinition latest, List<Answers> responses, List<Integer> npsScores) {
        List<QuestionSummary> questions = new ArrayList<>();
        latest.questions().forEach(question -> questions.add(question(question, responses)));
        return new SurveySummary(latest.id(), responses.size(), NpsFigures.of(npsScores), questions);
    }

    private static QuestionSummary question(Question question, List<Answers> responses) {
        int answered = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        question.choices().forEach(choice -> counts.put(choice.code(), 0));
        if (question.type() == QuestionType.NPS) {
            for (int score = 0; score <= 10; score++) {
                counts.put(Integer.toString(score), 0);
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lowest = null;
        BigDecimal highest = null;
        int numbers = 0;
        for (Answers answers : responses) {
            List<String> values = answers.of(question.id());
            if (values.isEmpty()) {
                continue;
            }
            answered++;
            if (question.type().hasChoices() || question.type() == QuestionType.NPS) {
                values.forEach(value -> counts.merge(value, 1, Integer::sum));
            }
            Optional<BigDecimal> number = question.type() == QuestionType.NUMBER || question.type() == QuestionType.NPS
                    ? AnswerValues.number(values.get(0)) : Optional.empty();
            if (number.isPresent()) {
                numbers++;
                sum = sum.add(number.get());
                lowest = lowest == null || number.get().compareTo(lowest) < 0 ? number.get() : lowest;
                highest = highest == null || number.get().compareTo(highest) > 0 ? number.get() : highest;
            }
        }
        BigDecimal average = numbers == 0 ? null
                : sum.divide(BigDecimal.valueOf(numbers), 2, RoundingMode.HALF_UP);
        return new QuestionSummary(question.id(), question.type(), answered,
                counts.isEmpty() ? null : counts, average, lowest, highest);
    }
}
