package nl.nazorg.campaign.send;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.CampaignMode;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.signal.KnownSignal;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.ids.TimeOrderedIds;
import nl.nazorg.messaging.outbox.OutboxEvent;
import org.jboss.logging.Logger;

import java.security.SecureRandom;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Decides the send-log row of one campaign, client and signal by the rules before every send (plain Java; the callers
 * read the facts and write the rows set-based): routes to an adviser where they say so; a client whose profile is
 * not known yet gets an AWAITING_PROFILE row that {@link ProfileWait} decides later. The dispatcher picks up PENDING
 * rows after the caller's commit.
 */
@ApplicationScoped
public class SendPlanner {

    private static final Logger LOG = Logger.getLogger(SendPlanner.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final List<SendStatus> COUNTED = List.of(SendStatus.AWAITING_APPROVAL, SendStatus.PENDING,
            SendStatus.SENDING, SendStatus.SENT);

    @Inject
    CampaignConfig config;

    /** One client of one campaign. {@code signal} is null for selection campaigns. */
    public record Candidate(Campaign campaign, String clientId, Contact contact, KnownSignal signal,
                            MessageClass messageClass, String variant, String templateId) {
    }

    /**
     * The rules before every send for one candidate; {@code window} holds the MARKETING e-mails the client already
     * has in the cap's window (record the row made of the decision in it before deciding the next candidate).
     */
    public SendDecision decide(Candidate candidate, FrequencyWindow window) {
        long sent = candidate.messageClass() == MessageClass.MARKETING
                ? window.marketingSent(candidate.campaign().tenantId, candidate.clientId()) : 0L;
        return SendPolicy.decide(facts(candidate, sent));
    }

    /** The AdviserTaskCreated event of a send the rules routed to the client's adviser. */
    public static OutboxEvent taskCreated(SendLog send, Candidate candidate, Instant now) {
        String adviser = candidate.contact() == null ? null : candidate.contact().adviserId;
        return CampaignEvents.outboxEvent(
                CampaignEvents.task(send, adviser, candidate.signal() == null ? null : candidate.signal().dueDate, now));
    }

    /** The send-log row for a decision (not persisted). */
    public SendLog row(Candidate candidate, SendDecision decision, String signalKey, Instant now) {
        SendLog send = new SendLog();
        send.sendId = TimeOrderedIds.next();   // the send log's index grows at its end
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

    /**
     * Writes a decision onto a row (also onto a send that waited for its profile: it keeps its id and key, so it stays
     * the one row); a send waiting for its profile is due to expire after the configured wait.
     */
    public void apply(SendLog send, SendDecision decision, Instant now) {
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
