package nl.nazorg.messaging.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.messaging.config.MessagingConfig;
import nl.nazorg.messaging.locking.AdvisoryLockQuery;

/**
 * The transactional outbox (DESIGN.md §9): appends events in the caller's Hibernate Reactive transaction, so they
 * exist exactly when the business change commits. The {@link OutboxRelay} publishes them afterwards.
 *
 * <pre>{@code
 * @WithTransaction
 * public Uni<Client> rename(String id, String name) {
 *     return Client.<Client>findById(id)
 *             .invoke(client -> client.name = name)
 *             .call(client -> outbox.append(Topics.CLIENT_PROFILES, client.id, "nl.nazorg.client.profile.v1",
 *                     client.id, client.tenantId, ProfileMapper.toEvent(client)));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Outbox {

    /**
     * Takes a transaction-scoped lock per (topic, key) before the rows get their sequence numbers. A second
     * transaction for the same key waits until the first one ends, so per key the sequence order is the commit
     * order, and the relay, reading in sequence order, never publishes a later event of a key before an earlier one.
     * Locks are taken in hash order, so two batches cannot deadlock each other.
     */
    private static final String LOCK_KEYS = """
            SELECT count(*) FROM (
                SELECT pg_advisory_xact_lock(k.h) AS locked FROM (
                    SELECT DISTINCT hashtextextended((e ->> 'topic') || '/' || (e ->> 'kafka_key'), 0) AS h
                    FROM jsonb_array_elements(cast(cast(:rows AS text) AS jsonb)) AS e
                    ORDER BY h) AS k
                OFFSET 0) AS l""";

    // The parameter is cast to text first: typed as jsonb, the driver would send the Java string as a JSON string.
    private static final String INSERT = """
            INSERT INTO nazorg_outbox (ce_id, topic, kafka_key, ce_type, ce_source, ce_time, ce_subject, tenant_id, payload)
            SELECT cast(e ->> 'ce_id' AS uuid), e ->> 'topic', e ->> 'kafka_key', e ->> 'ce_type', e ->> 'ce_source',
                   cast(e ->> 'ce_time' AS timestamptz), e ->> 'ce_subject', e ->> 'tenant_id', e ->> 'payload'
            FROM jsonb_array_elements(cast(cast(:rows AS text) AS jsonb)) WITH ORDINALITY AS r(e, ord)
            ORDER BY r.ord""";

    /**
     * {@link #LOCK_KEYS} and {@link #INSERT} as one statement, for a transaction of the reactive PostgreSQL client:
     * the join with the one-row lock count makes every lock taken before the first row is inserted (and gets its
     * sequence number).
     */
    private static final String LOCK_AND_INSERT = """
            WITH batch AS (SELECT r.e, r.ord FROM jsonb_array_elements(cast(cast($1 AS text) AS jsonb))
                       WITH ORDINALITY AS r(e, ord)),
                 locked AS (SELECT count(*) AS n FROM (
                     SELECT pg_advisory_xact_lock(k.h) AS locked FROM (
                         SELECT DISTINCT hashtextextended((e ->> 'topic') || '/' || (e ->> 'kafka_key'), 0) AS h
                         FROM batch ORDER BY h) AS k
                     OFFSET 0) AS l)
            INSERT INTO nazorg_outbox (ce_id, topic, kafka_key, ce_type, ce_source, ce_time, ce_subject, tenant_id, payload)
            SELECT cast(e ->> 'ce_id' AS uuid), e ->> 'topic', e ->> 'kafka_key', e ->> 'ce_type', e ->> 'ce_source',
                   cast(e ->> 'ce_time' AS timestamptz), e ->> 'ce_subject', e ->> 'tenant_id', e ->> 'payload'
            FROM batch CROSS JOIN locked
            WHERE locked.n >= 0
            ORDER BY batch.ord""";

    @Inject
    ObjectMapper json;

    @Inject
    MessagingConfig config;

    /**
     * Appends one event to the outbox in the current transaction.
     *
     * @param payload the value (serialised as JSON), or null for a tombstone
     * @return the event's {@code ce_id}
     */
    public Uni<UUID> append(String topic, String key, String type, String subject, String tenantId, Object payload) {
        OutboxEvent event = OutboxEvent.of(topic, key, type, subject, tenantId, payload);
        return appendAll(List.of(event)).replaceWith(event.id());
    }

    /**
     * Appends events, in this order, in the current transaction: two statements whatever the number of events,
     * so bulk jobs (a market-rate change re-evaluating a million loan parts) should append in batches.
     *
     * @throws IllegalStateException (as a failed Uni) when called outside a transaction: an event written on its own
     *                               could be published for a change that then rolls back
     */
    public Uni<Void> appendAll(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> Panache.getSession())
                .chain(session -> requireTransaction(session)
                        .chain(() -> {
                            String rows = rows(events);
                            return AdvisoryLockQuery.lock(LOCK_KEYS, Map.of("rows", rows))
                                    .chain(() -> session.createNativeQuery(INSERT).setParameter("rows", rows)
                                            .executeUpdate());
                        }))
                .replaceWithVoid();
    }

    /**
     * Appends events, in this order, in a transaction of the reactive PostgreSQL client (a batch consumer's effect):
     * one statement whatever the number of events, with the same per-key ordering locks as {@link #appendAll(List)}.
     *
     * @throws IllegalStateException (as a failed Uni) when the connection is not in a transaction
     */
    public Uni<Void> appendAll(SqlConnection transaction, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (transaction.transaction() == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "Outbox.appendAll needs a connection in a transaction (Pool.withTransaction)"));
        }
        return Uni.createFrom().deferred(() -> transaction.preparedQuery(LOCK_AND_INSERT)
                        .execute(Tuple.of(rows(events))))
                .replaceWithVoid();
    }

    private static Uni<Void> requireTransaction(Mutiny.Session session) {
        if (session.currentTransaction() == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "Outbox.append needs the caller's transaction (@WithTransaction or Panache.withTransaction)"));
        }
        return Uni.createFrom().voidItem();
    }

    private String rows(List<OutboxEvent> events) {
        ArrayNode rows = json.createArrayNode();
        String source = config.outbox().source();
        for (OutboxEvent event : events) {
            rows.addObject()
                    .put("ce_id", event.id().toString())
                    .put("topic", event.topic())
                    .put("kafka_key", event.key())
                    .put("ce_type", event.type())
                    .put("ce_source", source)
                    .put("ce_time", event.time().toString())
                    .put("ce_subject", event.subject())
                    .put("tenant_id", event.tenantId())
                    .put("payload", payloadJson(event.payload()));
        }
        return rows.toString();
    }

    private String payloadJson(Object payload) {
        if (payload == null) {
            return null;
        }
        try {
            return json.writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("payload of type " + payload.getClass().getName()
                    + " cannot be written as JSON", e);
        }
    }
}
