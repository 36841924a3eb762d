package nl.nazorg.campaign.send;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.CampaignMode;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.signal.KnownSignal;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes one send-log row per campaign, client and signal, after the rules before every send; routes to an adviser
 * where they say so; a client whose profile is not known yet gets an AWAITING_PROFILE row that {@link ProfileWait}
 * decides later. Runs inside the caller's transaction; the dispatcher picks up PENDING rows after the commit.
 */
@ApplicationScoped
public class SendPlanner {

    private static final Logger LOG = Logger.getLogger(SendPlanner.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final List<SendStatus> COUNTED = List.of(SendStatus.AWAITING_APPROVAL, SendStatus.PENDING,
            SendStatus.SENDING, SendStatus.SENT);

    @Inject
    CampaignConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** One client of one campaign. {@code signal} is null for selection campaigns. */
    public record Candidate(Campaign campaign, String clientId, Contact contact, KnownSignal signal,
                            MessageClass messageClass, String variant, String templateId) {
    }

    /** @return the new row, or empty when this campaign already has one for the client and signal */
    public Uni<Optional<SendLog>> plan(Candidate candidate) {
        return once(candidate, signalKey -> marketingInWindow(candidate).chain(count ->
                write(candidate, signalKey, SendPolicy.decide(facts(candidate, count)))));
    }

    /**
     * Records a send that will not happen for a reason outside the send rules (the signal service suppressed the
     * signal itself, e.g. during payment arrears), so that the statistics count it with its reason.
     */
    public Uni<Optional<SendLog>> planSuppressed(Candidate candidate, Suppression reason) {
        return once(candidate, signalKey -> write(candidate, signalKey, SendDecision.suppress(reason)));
    }

    private Uni<Optional<SendLog>> once(Candidate candidate, Function<String, Uni<Optional<SendLog>>> firstTime) {
        String signalKey = candidate.signal() == null ? SendLog.NO_SIGNAL : candidate.signal().signalId;
        return SendLog.count("campaignId = ?1 and clientId = ?2 and signalKey = ?3",
                        candidate.campaign().id, candidate.clientId(), signalKey)
                .chain(existing -> existing > 0 ? Uni.createFrom().item(Optional.<SendLog>empty()) : firstTime.apply(signalKey));
    }

    private Uni<Long> marketingInWindow(Candidate candidate) {
        if (candidate.messageClass() != MessageClass.MARKETING) {
            return Uni.createFrom().item(0L);
        }
        Instant since = clock.instant().minus(config.frequencyCap().window());
        return SendLog.count("tenantId = ?1 and clientId = ?2 and messageClass = ?3 and status in ?4 and createdAt > ?5",
                candidate.campaign().tenantId, candidate.clientId(), MessageClass.MARKETING, COUNTED, since);
    }

    private Uni<Optional<SendLog>> write(Candidate candidate, String signalKey, SendDecision decision) {
        Instant now = clock.instant();
        SendLog send = row(candidate, decision, signalKey, now);
        return send.persist().call(saved -> taskEvent(send, candidate, decision, now)).map(saved -> Optional.of(send));
    }

    /**
     * Decides a send that waited for the client's profile (AWAITING_PROFILE), now that the candidate carries it: the
     * same rules, on the consent and channel of this moment. The row keeps its id and key, so it stays the one row.
     */
    public Uni<SendLog> decideWaiting(SendLog send, Candidate candidate) {
        return marketingInWindow(candidate).chain(count -> {
            SendDecision decision = SendPolicy.decide(facts(candidate, count));
            Instant now = clock.instant();
            apply(send, decision, now);
            return taskEvent(send, candidate, decision, now).replaceWith(send);
        });
    }

    private Uni<Void> taskEvent(SendLog send, Candidate candidate, SendDecision decision, Instant now) {
        if (decision.outcome() != SendDecision.Outcome.TASK) {
            return Uni.createFrom().voidItem();
        }
        String adviser = candidate.contact() == null ? null : candidate.contact().adviserId;
        return outbox.appendAll(List.of(CampaignEvents.outboxEvent(
                CampaignEvents.task(send, adviser, candidate.signal() == null ? null : candidate.signal().dueDate, now))));
    }

    /** The send-log row for a decision (not persisted). */
    public SendLog row(Candidate candidate, SendDecision decision, String signalKey, Instant now) {
        SendLog send = new SendLog();
        send.sendId = UUID.randomUUID();
        send.tenantId = candidate.campaign().tenantId;
        send.campaignId = candidate.campaign().id;
        send.clientId = candidate.clientId();
        send.signalKey = signalKey;
        if (candidate.signal() != null) {
            send.signalId = candidate.signal().signalId;
            send.signalType = candidate.signal().type;
        }
        send.templateId = candidate.templateId();
        send.variant = candidate.variant();
        send.surveyId = candidate.campaign().surveyId;
        send.messageClass = candidate.messageClass();
        send.createdAt = now;
        send.unsubscribeToken = newToken();
        apply(send, decision, now);
        return send;
    }

    /** Writes a decision onto a row; a send waiting for its profile is due to expire after the configured wait. */
    private void apply(SendLog send, SendDecision decision, Instant now) {
        send.legalBasis = decision.legalBasis();
        send.status = switch (decision.outcome()) {
            case SEND -> SendStatus.PENDING;
            case AWAIT_APPROVAL -> SendStatus.AWAITING_APPROVAL;
            case AWAIT_PROFILE -> SendStatus.AWAITING_PROFILE;
            case TASK -> SendStatus.TASK_CREATED;
            case SUPPRESS -> SendStatus.SUPPRESSED;
        };
        send.suppression = decision.suppression();
        send.taskReason = decision.taskReason();
        send.nextAttemptAt = decision.outcome() == SendDecision.Outcome.AWAIT_PROFILE ? now.plus(config.profileWait()) : now;
        LOG.debugf("campaign %s client %s: %s %s", send.campaignId, send.clientId, send.status,
                decision.suppression() != null ? decision.suppression() : "");
    }

    public SendFacts facts(Candidate candidate, long marketingInWindow) {
        Contact contact = candidate.contact();
        boolean known = contact != null;
        return new SendFacts(known, known && contact.email != null && !contact.email.isBlank(),
                known ? contact.preferredChannel : null,
                candidate.signal() == null ? null : candidate.signal().type,
                candidate.messageClass(),
                known && contact.unsubscribedAt != null,
                known && contact.consentStatus != null && contact.consentStatus.allowsMarketingEmail(),
                known ? contact.marketingLegalBasis() : null,
                known && contact.openArrears,
                marketingInWindow, config.frequencyCap().maxMarketingEmails(),
                candidate.campaign().mode == CampaignMode.REVIEW);
    }

    /** 128 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
