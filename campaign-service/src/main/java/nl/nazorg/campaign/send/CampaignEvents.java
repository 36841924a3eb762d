package nl.nazorg.campaign.send;

import nl.nazorg.events.ClientDates;
import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.AdviserTaskCreated;
import nl.nazorg.events.campaign.EmailFailed;
import nl.nazorg.events.campaign.EmailFailureReason;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.messaging.outbox.OutboxEvent;
import nl.nazorg.messaging.outbox.RawJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Maps send-log rows to the public campaign-events.v1 records (ids and facts only, never personal data). */
public final class CampaignEvents {

    private CampaignEvents() {
    }

    /**
     * The payload goes to the outbox as the contract's own JSON ({@code RawJson.contract}: nulls left out, ISO
     * dates), not as the application's ObjectMapper would write the record.
     */
    public static OutboxEvent outboxEvent(EventPayload payload) {
        return OutboxEvent.of(Topics.CAMPAIGN_EVENTS, payload.partitionKey(), EventType.of(payload).ceType(),
                payload.partitionKey(), payload.tenantId(), RawJson.contract(payload));
    }

    public static EmailSent sent(SendLog send) {
        return new EmailSent(send.sendId.toString(), send.tenantId, send.campaignId.toString(), send.clientId,
                send.signalId, send.surveyId, send.templateId, send.variant, send.messageClass, send.legalBasis,
                send.sentAt);
    }

    public static EmailFailed failed(SendLog send, EmailFailureReason reason, boolean permanent) {
        return new EmailFailed(send.sendId.toString(), send.tenantId, send.campaignId.toString(), send.clientId,
                send.signalId, send.surveyId, send.templateId, send.variant, send.messageClass, reason, permanent,
                send.attempts, send.failedAt);
    }

    /** A task for the client's adviser, due in two working weeks unless the signal says otherwise. */
    public static AdviserTaskCreated task(SendLog send, String adviserId, LocalDate signalDue, Instant now) {
        LocalDate due = signalDue != null ? signalDue : LocalDate.ofInstant(now, ClientDates.ZONE).plusDays(14);
        return new AdviserTaskCreated(UUID.randomUUID().toString(), send.tenantId, send.clientId, adviserId,
                send.taskReason, send.signalId, send.signalType, send.campaignId.toString(), due, now);
    }
}
