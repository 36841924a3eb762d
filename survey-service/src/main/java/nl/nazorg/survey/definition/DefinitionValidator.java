package nl.nazorg.survey.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.survey.WishCode;
import nl.nazorg.web.FieldError;

/** Checks a definition before it is saved, so every stored version can be rendered and published. */
public final class DefinitionValidator {

    /** The pattern the survey-completed schema puts on question ids and choice codes. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private DefinitionValidator() {
    }

    public static List<FieldError> violations(SurveyDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        requireDutch(errors, "title", definition.title());
        if (definition.sections().isEmpty()) {
            errors.add(new FieldError("sections", "must hold at least one section"));
        }
        Set<String> seen = new HashSet<>();
        Map<String, Question> earlier = new java.util.HashMap<>();
        for (int s = 0; s < definition.sections().size(); s++) {
            Section section = definition.sections().get(s);
            String at = "sections[" + s + "]";
            if (section.questions().isEmpty()) {
                errors.add(new FieldError(at + ".questions", "must hold at least one question"));
            }
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String path = at + ".questions[" + q + "]";
                checkQuestion(errors, path, question, earlier);
                if (question.id() != null && !seen.add(question.id())) {
                    errors.add(new FieldError(path + ".id", "must be unique in the survey"));
                }
                if (question.id() != null) {
                    earlier.put(question.id(), question);
                }
            }
        }
        return errors;
    }

    private static void checkQuestion(List<FieldError> errors, String path, Question question,
                                      Map<String, Question> earlier) {
        if (question.id() == null || !CODE.matcher(question.id()).matches()) {
            errors.add(new FieldError(path + ".id", "must be 1-64 letters, digits, '_', '.' or '-'"));
        }
        if (question.type() == null) {
            errors.add(new FieldError(path + ".type", "must not be null"));
            return;
        }
        requireDutch(errors, path + ".text", question.text());
        checkChoices(errors, path, question);
        if (question.type() != QuestionType.NUMBER && (question.min() != null || question.max() != null)) {
            errors.add(new FieldError(path + ".min", "only a NUMBER question has a range"));
        }
        if (question.min() != null && question.max() != null && question.min().compareTo(question.max()) > 0) {
            errors.add(new FieldError(path + ".max", "must not be below min"));
        }
        if (question.showIf() != null) {
            Question condition = earlier.get(question.showIf().question());
            if (condition == null || !condition.type().hasChoices()) {
                errors.add(new FieldError(path + ".showIf.question", "must name an earlier choice question"));
            } else if (question.showIf().anyOf().isEmpty()
                    || !question.showIf().anyOf().stream().allMatch(condition::hasChoice)) {
                errors.add(new FieldError(path + ".showIf.anyOf", "must list choice codes of that question"));
            }
        }
        if (question.profileField() != null && !fits(question.profileField(), question.type())) {
            errors.add(new FieldError(path + ".profileField", "does not fit a " + question.type() + " question"));
        }
    }

    private static void checkChoices(List<FieldError> errors, String path, Question question) {
        if (!question.type().hasChoices()) {
            if (!question.choices().isEmpty()) {
                errors.add(new FieldError(path + ".choices", "only a choice question has choices"));
            }
            return;
        }
        if (question.choices().size() < 2) {
            errors.add(new FieldError(path + ".choices", "must hold at least two choices"));
        }
        Set<String> codes = new HashSet<>();
        for (int c = 0; c < question.choices().size(); c++) {
            Choice choice = question.choices().get(c);
            String at = path + ".choices[" + c + "]";
            if (choice.code() == null || !CODE.matcher(choice.code()).matches()) {
                errors.add(new FieldError(at + ".code", "must be 1-64 letters, digits, '_', '.' or '-'"));
            } else if (!codes.add(choice.code())) {
                errors.add(new FieldError(at + ".code", "must be unique in the question"));
            }
            requireDutch(errors, at + ".label", choice.label());
            if (choice.wish() == WishCode.UNKNOWN) {
                errors.add(new FieldError(at + ".wish", "must be a known wish"));
            }
        }
    }

    private static boolean fits(ProfileField field, QuestionType type) {
        return switch (field) {
            case EMAIL, PHONE -> type == QuestionType.TEXT;
            case PREFERRED_CHANNEL, LANGUAGE -> type == QuestionType.SINGLE_CHOICE;
            case PLANNED_RETIREMENT_DATE -> type == QuestionType.DATE;
            case MINIMUM_MONTHLY_SAVING -> type == QuestionType.NUMBER;
            case UNKNOWN -> false;
        };
    }

    private static void requireDutch(List<FieldError> errors, String path, Map<String, String> texts) {
        String dutch = texts.get(Text.DUTCH);
        if (dutch == null || dutch.isBlank()) {
            errors.add(new FieldError(path + ".nl", "must not be blank (Dutch is the default language)"));
        }
    }
}
