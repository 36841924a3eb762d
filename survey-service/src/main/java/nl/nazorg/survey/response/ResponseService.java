package nl.nazorg.survey.response;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.RawJson;
import nl.nazorg.survey.definition.SurveyCatalog;
import nl.nazorg.survey.definition.SurveyDefinition;
import nl.nazorg.survey.erasure.ClientErasure;
import nl.nazorg.survey.firm.Firm;
import nl.nazorg.survey.invitation.Invitations;
import nl.nazorg.security.link.SurveyLink;

/** The client's side of a response: open, save to continue later, submit once. */
@ApplicationScoped
public class ResponseService {

    private static final TypeReference<Map<String, List<String>>> VALUES = new TypeReference<>() {
    };

    @Inject
    SurveyCatalog catalog;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    ClientErasure erasure;

    @Inject
    Invitations invitations;

    @Inject
    Clock clock;

    /** The link of an erased client, or of no invitation that was sent, answers like an unknown one. */
    @WithSession
    public Uni<PageOutcome> open(SurveyLink link) {
        return erasure.erased(link.tenantId(), link.clientId())
                .chain(erased -> erased ? neutral() : ifInvited(link, () -> show(link)));
    }

    /** Only a link that belongs to a sent invitation goes further; any other answers like an unknown link. */
    private Uni<PageOutcome> ifInvited(SurveyLink link, Supplier<Uni<PageOutcome>> next) {
        return invitations.sentFor(link).chain(sent -> sent ? next.get() : neutral());
    }

    private Uni<PageOutcome> show(SurveyLink link) {
        return responses.byLink(link.tenantId(), link.linkKey()).chain(response -> {
            if (response != null && response.status == ResponseStatus.SUBMITTED) {
                return firmName(link).map(PageOutcome.AlreadyAnswered::new);
            }
            Uni<SurveyDefinition> definition = response != null
                    ? catalog.version(link.tenantId(), link.surveyId(), response.surveyVersion)
                    : catalog.latest(link.tenantId(), link.surveyId());
            return definition.chain(found -> found == null ? neutral() : firmName(link).map(firm ->
                    new PageOutcome.Form(firm, found, response != null ? read(response) : Answers.none(), Map.of(),
                            false)));
        });
    }

    @WithTransaction
    public Uni<PageOutcome> save(SurveyLink link, Answers given) {
        return draft(link, (response, definition) -> {
            Answers answers = given.keepOnly(definition);
            store(response, answers);
            return firmName(link).map(firm -> new PageOutcome.Form(firm, definition, answers, Map.of(), true));
        });
    }

    @WithTransaction
    public Uni<PageOutcome> submit(SurveyLink link, Answers given) {
        return draft(link, (response, definition) -> {
            Answers answers = given.keepOnly(definition);
            store(response, answers);
            Map<String, AnswerProblem> problems = AnswerValidation.problems(definition, answers);
            if (!problems.isEmpty()) {
                return firmName(link).map(firm -> new PageOutcome.Form(firm, definition, answers, problems, false));
            }
            Instant now = clock.instant();
            response.status = ResponseStatus.SUBMITTED;
            response.submittedAt = now;
            response.npsScore = CompletedSurvey.npsScore(definition, answers).orElse(null);
            SurveyCompleted completed = CompletedSurvey.event(response, definition, answers);
            Uni<Void> changeRequest = CompletedSurvey.changeRequest(response, definition, answers, now)
                    .map(request -> outbox.append(Topics.PROFILE_CHANGE_REQUESTS, request.clientId(),
                            EventType.PROFILE_CHANGE_REQUESTED.ceType(), request.clientId(), request.tenantId(),
                            RawJson.contract(request)).replaceWithVoid())
                    .orElse(Uni.createFrom().voidItem());
            return outbox.append(Topics.SURVEY_RESPONSES, completed.clientId(), EventType.SURVEY_COMPLETED.ceType(),
                            completed.clientId(), completed.tenantId(), RawJson.contract(completed))
                    .chain(() -> changeRequest)
                    .chain(() -> firmName(link))
                    .map(firm -> new PageOutcome.Thanks(firm, definition));
        });
    }

    private interface DraftStep {
        Uni<PageOutcome> apply(SurveyResponse response, SurveyDefinition definition);
    }

    /**
     * The link's response, locked, created as a draft of the newest version when it is the first save; nothing for
     * an erased client (checked under the erasure's lock, so an erasure running at the same time still deletes it)
     * or a link without a sent invitation.
     */
    private Uni<PageOutcome> draft(SurveyLink link, DraftStep step) {
        return erasure.erasedLocked(link.tenantId(), link.clientId())
                .chain(erased -> erased ? neutral() : ifInvited(link, () -> lockedDraft(link, step)));
    }

    private Uni<PageOutcome> lockedDraft(SurveyLink link, DraftStep step) {
        return responses.byLinkForUpdate(link.tenantId(), link.linkKey()).chain(existing -> {
            if (existing != null && existing.status == ResponseStatus.SUBMITTED) {
                return firmName(link).map(PageOutcome.AlreadyAnswered::new);
            }
            if (existing != null) {
                return catalog.version(link.tenantId(), link.surveyId(), existing.surveyVersion)
                        .chain(definition -> definition == null ? neutral() : step.apply(existing, definition));
            }
            return catalog.latest(link.tenantId(), link.surveyId()).chain(definition -> {
                if (definition == null) {
                    return neutral();
                }
                SurveyResponse created = newDraft(link, definition.version());
                return responses.persist(created).chain(() -> step.apply(created, definition));
            });
        });
    }

    private SurveyResponse newDraft(SurveyLink link, int version) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID().toString();
        response.tenantId = link.tenantId();
        response.clientId = link.clientId();
        response.surveyId = link.surveyId();
        response.surveyVersion = version;
        response.campaignId = link.campaignId();
        response.sendId = link.sendId();
        response.linkKey = link.linkKey();
        response.status = ResponseStatus.DRAFT;
        response.answers = "{}";
        response.startedAt = clock.instant();
        response.updatedAt = response.startedAt;
        return response;
    }

    private void store(SurveyResponse response, Answers answers) {
        try {
            response.answers = json.writeValueAsString(answers.values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        response.updatedAt = clock.instant();
    }

    public Answers read(SurveyResponse response) {
        try {
            return new Answers(json.readValue(response.answers, VALUES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers of response " + response.id + " unreadable", e);
        }
    }

    private static Uni<PageOutcome> neutral() {
        return Uni.createFrom().item(new PageOutcome.Neutral());
    }

    private static Uni<String> firmName(SurveyLink link) {
        return Firm.<Firm>findById(link.tenantId()).map(firm -> firm == null ? null : firm.name);
    }
}
