package nl.nazorg.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.events.cloudevents.CloudEventAttributes;

/**
 * The relay's SQL on {@code nazorg_outbox}; blocking calls, made from the relay's own thread on the one connection
 * that holds the relay lock. Every statement commits on its own: each is safe to repeat, and a crash between two of
 * them at worst publishes a row again (same {@code ce_id}).
 */
final class OutboxTable {

    /**
     * Session lock on (2026, the outbox table's oid): one relay per outbox table, and a key space apart from the
     * one-bigint per-key locks the Outbox takes. Held for a whole drain (batches overlap, so no single transaction
     * spans them); it ends with the connection if the relay dies.
     */
    private static final String TRY_LEAD = """
            SELECT pg_try_advisory_lock(2026, cast(cast('nazorg_outbox' AS regclass) AS oid)::int) AS leader""";

    /**
     * Plans every relay statement for its actual parameters. A generic plan cannot know the waiting topics or the
     * rows in flight, and for a table whose rows share a topic or two it estimated "one row left" and chose to read
     * and sort the whole backlog (measured: 2.9 s for 165,000 rows) instead of walking the pending index in seq order.
     */
    private static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

    private static final String POOL_DEFAULT_PLANS = "RESET plan_cache_mode";

    private static final String RESIGN = """
            SELECT pg_advisory_unlock(2026, cast(cast('nazorg_outbox' AS regclass) AS oid)::int)""";

    /**
     * Leaves out the topics that wait and the rows still in flight (sent, not yet recorded). The in-flight rows are
     * a subquery so that PostgreSQL hashes them once (a hashed SubPlan), instead of comparing every row with every
     * element as {@code <> ALL($3)} would. They cannot be skipped by reading after the highest in-flight seq: a row
     * with a lower seq may commit later, and a later row of its key would then go out first.
     */
    private static final String PENDING = """
            SELECT seq, ce_id, topic, kafka_key, ce_type, ce_source, ce_time, ce_subject, tenant_id, payload
            FROM nazorg_outbox WHERE failed_at IS NULL AND topic <> ALL($2)
                AND seq NOT IN (SELECT unnest(cast($3 AS bigint[])))
            ORDER BY seq LIMIT $1""";

    /** Acknowledged rows leave the table: a delete writes no new row version, unlike marking them. */
    private static final String PUBLISHED = "DELETE FROM nazorg_outbox WHERE seq = ANY($1)";

    private static final String ATTEMPTED = """
            UPDATE nazorg_outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1)""";

    private static final String PARKED = """
            UPDATE nazorg_outbox SET failed_at = now(), attempts = attempts + 1, last_error = $2 WHERE seq = $1""";

    private static final Long[] NONE = new Long[0];

    private OutboxTable() {
    }

    /** True when this connection now holds the relay lock; {@link #resign} gives it back. */
    static boolean tryLead(SqlConnection connection) {
        boolean leader = connection.query(TRY_LEAD).executeAndAwait().iterator().next().getBoolean("leader");
        if (leader) {
            connection.query(CUSTOM_PLANS).executeAndAwait();
        }
        return leader;
    }

    /** Gives the relay lock back, and the connection to the pool as it was. */
    static void resign(SqlConnection connection) {
        connection.query(POOL_DEFAULT_PLANS).executeAndAwait();
        connection.query(RESIGN).executeAndAwait();
    }

    /** The oldest pending rows, in publication order, leaving out waiting topics and the rows in flight. */
    static List<PendingEvent> pending(SqlConnection connection, int limit, Set<String> waitingTopics,
                                      List<Long> inFlight) {
        List<PendingEvent> events = new ArrayList<>(limit);
        Tuple parameters = Tuple.of(limit, waitingTopics.toArray(String[]::new), inFlight.toArray(NONE));
        for (Row row : connection.preparedQuery(PENDING).executeAndAwait(parameters)) {
            CloudEventAttributes attributes = new CloudEventAttributes(row.getUUID("ce_id").toString(),
                    row.getString("ce_type"), row.getString("ce_source"), row.getOffsetDateTime("ce_time"),
                    row.getString("ce_subject"), row.getString("tenant_id"));
            events.add(new PendingEvent(row.getLong("seq"), row.getString("topic"), row.getString("kafka_key"),
                    attributes, row.getString("payload")));
        }
        return events;
    }

    /** Records what the broker said about a batch. */
    static void record(SqlConnection connection, Publication publication) {
        if (!publication.acknowledged().isEmpty()) {
            connection.preparedQuery(PUBLISHED).executeAndAwait(Tuple.of(publication.acknowledged().toArray(NONE)));
        }
        if (!publication.retry().isEmpty()) {
            connection.preparedQuery(ATTEMPTED).executeAndAwait(Tuple.of(publication.retry().toArray(NONE),
                    publication.retryError()));
        }
        publication.rejected().forEach((seq, error) ->
                connection.preparedQuery(PARKED).executeAndAwait(Tuple.of(seq, error)));
    }
}
