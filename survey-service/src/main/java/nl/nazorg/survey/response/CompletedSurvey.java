package nl.nazorg.survey.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.client.ProfileChangeSource;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.survey.SurveyAnswer;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.events.survey.WishCode;
import nl.nazorg.survey.definition.Choice;
import nl.nazorg.survey.definition.Question;
import nl.nazorg.survey.definition.SurveyDefinition;

/**
 * Maps a submitted response to its events (house habit 2: the event is not the entity). Only questions that apply
 * count; TEXT answers never go on the partner-facing topic, and profile values go only in the change request.
 */
public final class CompletedSurvey {

    private CompletedSurvey() {
    }

    public static SurveyCompleted event(SurveyResponse response, SurveyDefinition definition, Answers answers) {
        Map<String, SurveyAnswer> typed = new LinkedHashMap<>();
        Set<WishCode> wishes = new LinkedHashSet<>();
        definition.questions().filter(answers::applies).filter(q -> answers.answered(q.id())).forEach(question -> {
            typedAnswer(question, answers.of(question.id())).ifPresent(answer -> typed.put(question.id(), answer));
            if (question.type().hasChoices()) {
                question.choices().stream()
                        .filter(choice -> choice.wish() != null && answers.of(question.id()).contains(choice.code()))
                        .map(Choice::wish)
                        .forEach(wishes::add);
            }
        });
        return new SurveyCompleted(response.id, response.tenantId, response.clientId, response.surveyId,
                response.surveyVersion, response.campaignId, response.sendId, response.submittedAt, typed,
                new ArrayList<>(profileChanges(definition, answers).keySet()), new ArrayList<>(wishes),
                npsScore(definition, answers).orElse(null));
    }

    /** The change request for client-service, or empty when the client changed no profile field. */
    public static Optional<ProfileChangeRequested> changeRequest(SurveyResponse response, SurveyDefinition definition,
                                                                 Answers answers, Instant now) {
        Map<ProfileField, String> changes = profileChanges(definition, answers);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileChangeRequested(UUID.randomUUID().toString(), response.tenantId,
                response.clientId, ProfileChangeSource.SURVEY, response.surveyId, response.id, changes, now));
    }

    public static Optional<Integer> npsScore(SurveyDefinition definition, Answers answers) {
        return definition.questions()
                .filter(question -> question.type() == nl.nazorg.survey.definition.QuestionType.NPS)
                .filter(answers::applies)
                .map(question -> AnswerValues.nps(answers.first(question.id())))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Map<ProfileField, String> profileChanges(SurveyDefinition definition, Answers answers) {
        Map<ProfileField, String> changes = new EnumMap<>(ProfileField.class);
        definition.questions()
                .filter(question -> question.profileField() != null)
                .filter(answers::applies)
                .filter(question -> answers.answered(question.id()))
                .forEach(question -> profileValue(question, answers.first(question.id()))
                        .ifPresent(value -> changes.put(question.profileField(), value)));
        return changes;
    }

    private static Optional<String> profileValue(Question question, String value) {
        return switch (question.profileField()) {
            case PHONE -> AnswerValues.phone(value);
            case PLANNED_RETIREMENT_DATE -> AnswerValues.date(value).map(Object::toString);
            case MINIMUM_MONTHLY_SAVING -> AnswerValues.number(value)
                    .map(n -> n.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            case EMAIL -> Optional.of(value);
            case PREFERRED_CHANNEL -> Optional.of(value);
            case LANGUAGE -> Optional.of(value.toLowerCase(java.util.Locale.ROOT));
            case UNKNOWN -> Optional.empty();
        };
    }

    private static Optional<SurveyAnswer> typedAnswer(Question question, List<String> values) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> Optional.of(SurveyAnswer.singleChoice(values.get(0)));
            case MULTI_CHOICE -> Optional.of(SurveyAnswer.multiChoice(values));
            case NUMBER -> AnswerValues.number(values.get(0)).map(SurveyAnswer::number);
            case DATE -> AnswerValues.date(values.get(0)).map(SurveyAnswer::date);
            case NPS -> AnswerValues.nps(values.get(0)).map(SurveyAnswer::nps);
            case TEXT -> Optional.empty();
        };
    }
}
