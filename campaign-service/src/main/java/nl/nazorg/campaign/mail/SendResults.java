package nl.nazorg.campaign.mail;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records what SMTP said, a small group at a time, each with its EmailSent / EmailFailed in the same transaction.
 * Transient failures come back after a doubling back-off until the last attempt.
 */
@ApplicationScoped
public class SendResults {

    @Inject
    CampaignConfig config;

    @Inject
    Outbox outbox;

    public Uni<Void> record(List<SendOutcome> outcomes) {
        Map<UUID, SendOutcome> byId = outcomes.stream().collect(Collectors.toMap(SendOutcome::sendId, Function.identity()));
        return Panache.withTransaction(() -> SendLog.<SendLog>list("sendId in ?1", List.copyOf(byId.keySet()))
                .chain(sends -> {
                    List<OutboxEvent> events = new ArrayList<>();
                    for (SendLog send : sends) {
                        apply(send, byId.get(send.sendId), events);
                    }
                    return events.isEmpty() ? Uni.createFrom().voidItem() : outbox.appendAll(events);
                }));
    }

    private void apply(SendLog send, SendOutcome outcome, List<OutboxEvent> events) {
        if (send.status != SendStatus.SENDING) {
            return;   // the lease ran out and another dispatcher took it over; that one records it
        }
        send.leaseUntil = null;
        if (outcome.accepted()) {
            send.status = SendStatus.SENT;
            send.sentAt = outcome.at();
            events.add(CampaignEvents.outboxEvent(CampaignEvents.sent(send)));
        } else if (outcome.permanent() || send.attempts >= config.dispatch().maxAttempts()) {
            send.status = SendStatus.FAILED;
            send.failureReason = outcome.reason();
            send.failedAt = outcome.at();
            events.add(CampaignEvents.outboxEvent(CampaignEvents.failed(send, outcome.reason(), outcome.permanent())));
        } else {
            send.status = SendStatus.PENDING;
            send.failureReason = outcome.reason();
            send.nextAttemptAt = outcome.at().plus(backoff(send.attempts));
        }
    }

    /** initial · 2^(attempts−1), at most the maximum. */
    Duration backoff(int attempts) {
        Duration delay = config.dispatch().initialBackoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(config.dispatch().maxBackoff()) > 0 ? config.dispatch().maxBackoff() : delay;
    }
}
