package nl.nazorg.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.events.cloudevents.CloudEventAttributes;

/** The relay's SQL on {@code nazorg_outbox}; blocking calls, made from the relay's own thread. */
final class OutboxTable {

    /** Two-int advisory lock: a key space apart from the one-bigint per-key locks the Outbox takes. */
    private static final String TRY_LEAD = "SELECT pg_try_advisory_xact_lock(2026, 1122) AS leader";

    private static final String PENDING = """
            SELECT seq, ce_id, topic, kafka_key, ce_type, ce_source, ce_time, ce_subject, tenant_id, payload
            FROM nazorg_outbox WHERE published_at IS NULL AND failed_at IS NULL AND topic <> ALL($2)
            ORDER BY seq LIMIT $1""";

    private static final String PUBLISHED = """
            UPDATE nazorg_outbox SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1)""";

    private static final String ATTEMPTED = """
            UPDATE nazorg_outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1)""";

    private static final String PARKED = """
            UPDATE nazorg_outbox SET failed_at = now(), attempts = attempts + 1, last_error = $2 WHERE seq = $1""";

    private OutboxTable() {
    }

    /** True when this transaction may relay; the lock ends with the transaction. */
    static boolean tryLead(SqlConnection connection) {
        return connection.query(TRY_LEAD).executeAndAwait().iterator().next().getBoolean("leader");
    }

    /** The oldest pending rows, in publication order, leaving out the topics that wait. */
    static List<PendingEvent> pending(SqlConnection connection, int limit, Set<String> waitingTopics) {
        List<PendingEvent> events = new ArrayList<>(limit);
        Tuple parameters = Tuple.of(limit, waitingTopics.toArray(String[]::new));
        for (Row row : connection.preparedQuery(PENDING).executeAndAwait(parameters)) {
            CloudEventAttributes attributes = new CloudEventAttributes(row.getUUID("ce_id").toString(),
                    row.getString("ce_type"), row.getString("ce_source"), row.getOffsetDateTime("ce_time"),
                    row.getString("ce_subject"), row.getString("tenant_id"));
            events.add(new PendingEvent(row.getLong("seq"), row.getString("topic"), row.getString("kafka_key"),
                    attributes, row.getString("payload")));
        }
        return events;
    }

    static void markPublished(SqlConnection connection, List<Long> seqs) {
        if (!seqs.isEmpty()) {
            connection.preparedQuery(PUBLISHED).executeAndAwait(Tuple.of(seqs.toArray(Long[]::new)));
        }
    }

    /** Rows that failed for a passing reason: they stay pending and are sent again. */
    static void markAttempted(SqlConnection connection, List<Long> seqs, String error) {
        if (!seqs.isEmpty()) {
            connection.preparedQuery(ATTEMPTED).executeAndAwait(Tuple.of(seqs.toArray(Long[]::new), error));
        }
    }

    /** Rows the broker will never take (too large, invalid topic): parked so they stop blocking the relay. */
    static void park(SqlConnection connection, Map<Long, String> errors) {
        errors.forEach((seq, error) -> connection.preparedQuery(PARKED).executeAndAwait(Tuple.of(seq, error)));
    }
}
