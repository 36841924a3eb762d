package nl.nazorg.campaign.mail;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendLogRows;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.events.campaign.EmailFailureReason;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static nl.nazorg.campaign.storage.SqlColumns.enumOf;
import static nl.nazorg.campaign.storage.SqlColumns.instant;
import static nl.nazorg.campaign.storage.SqlColumns.names;
import static nl.nazorg.campaign.storage.SqlColumns.times;
import static nl.nazorg.campaign.storage.SqlColumns.uuids;

/**
 * Records what SMTP said, a group at a time, in one transaction of the reactive PostgreSQL client: one UPDATE for the
 * whole group and one outbox append for its EmailSent / EmailFailed. Each result is fenced by the attempt its claim
 * made: a send whose lease ran out and that a dispatcher claimed again carries a higher attempt, and the stale result
 * changes nothing (and publishes nothing). Transient failures come back after a doubling back-off until they have been
 * retried for {@code dispatch.retry-for}.
 */
@ApplicationScoped
public class SendResults {

    private static final String RECORD = """
            UPDATE send_log s SET status = u.status, sent_at = coalesce(u.sent_at, s.sent_at),
                   failed_at = coalesce(u.failed_at, s.failed_at),
                   failure_reason = coalesce(u.failure_reason, s.failure_reason),
                   next_attempt_at = coalesce(u.next_attempt_at, s.next_attempt_at), lease_until = NULL,
                   recorded_at = clock_timestamp()
            FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[],
                        $7::timestamptz[]) AS u(send_id, attempts, status, sent_at, failed_at, failure_reason,
                                                next_attempt_at)
            WHERE s.send_id = u.send_id AND s.status = 'SENDING' AND s.attempts = u.attempts
            RETURNING s.*""";

    @Inject
    CampaignConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    public Uni<Void> record(List<SendOutcome> outcomes) {
        List<Result> results = outcomes.stream().map(this::result).toList();
        Map<UUID, SendOutcome> byId = outcomes.stream()
                .collect(Collectors.toMap(SendOutcome::sendId, Function.identity(), (a, b) -> b));
        Tuple columns = Tuple.from(Arrays.<Object>asList(uuids(results, Result::sendId),
                results.stream().map(Result::attempt).toArray(Integer[]::new), names(results, Result::status),
                times(results, Result::sentAt), times(results, Result::failedAt), names(results, Result::failure),
                times(results, Result::nextAttemptAt)));
        return pool.withTransaction(connection -> connection.preparedQuery(RECORD).execute(columns)
                .chain(rows -> {
                    List<OutboxEvent> events = new ArrayList<>();
                    rows.forEach(row -> event(recorded(row), byId.get(row.getUUID("send_id")), events));
                    return outbox.appendAll(connection, events);
                }));
    }

    /** What one outcome makes of its send: SENT, FAILED for good, or PENDING again after a back-off. */
    private Result result(SendOutcome outcome) {
        if (outcome.accepted()) {
            return new Result(outcome.sendId(), outcome.attempt(), SendStatus.SENT, outcome.at(), null, null, null);
        }
        if (outcome.permanent() || retriedLongEnough(outcome)) {
            return new Result(outcome.sendId(), outcome.attempt(), SendStatus.FAILED, null, outcome.at(),
                    outcome.reason(), null);
        }
        return new Result(outcome.sendId(), outcome.attempt(), SendStatus.PENDING, null, null, outcome.reason(),
                outcome.at().plus(backoff(outcome.attempt())));
    }

    private static void event(SendLog send, SendOutcome outcome, List<OutboxEvent> events) {
        if (send.status == SendStatus.SENT) {
            events.add(CampaignEvents.outboxEvent(CampaignEvents.sent(send)));
        } else if (send.status == SendStatus.FAILED) {
            events.add(CampaignEvents.outboxEvent(CampaignEvents.failed(send, outcome.reason(), outcome.permanent())));
        }
    }

    /** A recorded send as its event needs it; not a managed entity. */
    private static SendLog recorded(Row row) {
        SendLog send = SendLogRows.send(row);
        send.legalBasis = enumOf(row, "legal_basis", LegalBasis.class);
        send.status = enumOf(row, "status", SendStatus.class);
        send.attempts = row.getInteger("attempts");
        send.sentAt = instant(row, "sent_at");
        send.failedAt = instant(row, "failed_at");
        return send;
    }

    /** A passing failure still after {@code dispatch.retry-for} of trying is given up. */
    private boolean retriedLongEnough(SendOutcome outcome) {
        Instant first = outcome.firstAttemptAt() == null ? outcome.at() : outcome.firstAttemptAt();
        return !outcome.at().isBefore(first.plus(config.dispatch().retryFor()));
    }

    /** initial · 2^(attempts−1), at most the maximum. */
    Duration backoff(int attempts) {
        Duration delay = config.dispatch().initialBackoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(config.dispatch().maxBackoff()) > 0 ? config.dispatch().maxBackoff() : delay;
    }

    /** One send's new state. */
    private record Result(UUID sendId, int attempt, SendStatus status, Instant sentAt, Instant failedAt,
                          EmailFailureReason failure, Instant nextAttemptAt) {
    }
}
