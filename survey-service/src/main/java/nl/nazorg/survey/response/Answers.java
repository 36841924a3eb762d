package nl.nazorg.survey.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.survey.definition.Question;
import nl.nazorg.survey.definition.ShowIf;
import nl.nazorg.survey.definition.SurveyDefinition;

/**
 * The answers of one response as the form gave them: question id → values (one for most questions, any number for
 * a multiple choice). Blank values are dropped, so "answered" means "has a value".
 */
public record Answers(Map<String, List<String>> values) {

    /** Longest text kept per value; a survey answer is not a document. */
    public static final int MAX_VALUE_LENGTH = 2000;

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((id, given) -> {
                List<String> kept = given == null ? List.of() : given.stream()
                        .filter(value -> value != null && !value.isBlank())
                        .map(value -> value.strip())
                        .map(value -> value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value)
                        .toList();
                if (!kept.isEmpty()) {
                    copy.put(id, kept);
                }
            });
        }
        values = Map.copyOf(copy);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    /** Only the answers to questions of the definition: a form cannot smuggle in other keys. */
    public Answers keepOnly(SurveyDefinition definition) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        definition.questions().forEach(question -> {
            if (values.containsKey(question.id())) {
                kept.put(question.id(), values.get(question.id()));
            }
        });
        return new Answers(kept);
    }

    public List<String> of(String questionId) {
        return values.getOrDefault(questionId, List.of());
    }

    public String first(String questionId) {
        List<String> given = of(questionId);
        return given.isEmpty() ? "" : given.get(0);
    }

    public boolean answered(String questionId) {
        return !of(questionId).isEmpty();
    }

    /** Whether a question counts: no condition, or its earlier question was answered with one of the codes. */
    public boolean applies(Question question) {
        ShowIf condition = question.showIf();
        return condition == null || of(condition.question()).stream().anyMatch(condition.anyOf()::contains);
    }

    /**
     * Whether to show a question: it applies, or its earlier question is still unanswered (the page has no script,
     * so the client sees it with a hint and the answer counts only if the condition holds).
     */
    public boolean visible(Question question) {
        return applies(question) || !answered(question.showIf().question());
    }
}
