package nl.nazorg.messaging.outbox;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Events to append as one array per column, the form {@link #INSERT} takes: each payload is written once (or taken
 * as it is, {@link RawJson}) and the driver sends the arrays as they are, with no JSON document around them.
 *
 * <p>All arrays are {@code text[]} (ids and times cast in SQL), so that Hibernate Reactive and the reactive client
 * bind them the same way.
 */
record OutboxColumns(String[] ids, String[] topics, String[] keys, String[] types, String[] times, String[] subjects,
                     String[] tenants, String[] payloads, String source) {

    /**
     * Takes a transaction-scoped lock per (topic, key) in hash order, then inserts in list order. The join with the
     * one-row lock count makes every lock taken before the first row is inserted (and gets its sequence number):
     * a second transaction for the same key waits until the first one ends, so per key the sequence order is the
     * commit order, and two batches cannot deadlock each other.
     */
    static final String INSERT = """
            WITH batch AS (
                SELECT * FROM unnest(cast($1 AS text[]), cast($2 AS text[]), cast($3 AS text[]), cast($4 AS text[]),
                                     cast($5 AS text[]), cast($6 AS text[]), cast($7 AS text[]), cast($8 AS text[]))
                    WITH ORDINALITY AS b(ce_id, topic, kafka_key, ce_type, ce_time, ce_subject, tenant_id, payload, ord)),
                 locked AS (SELECT count(*) AS n FROM (
                     SELECT pg_advisory_xact_lock(k.h) AS locked FROM (
                         SELECT DISTINCT hashtextextended(topic || '/' || kafka_key, 0) AS h FROM batch ORDER BY h) AS k
                     OFFSET 0) AS l)
            INSERT INTO nazorg_outbox (ce_id, topic, kafka_key, ce_type, ce_source, ce_time, ce_subject, tenant_id, payload)
            SELECT cast(b.ce_id AS uuid), b.topic, b.kafka_key, b.ce_type, cast($9 AS text), cast(b.ce_time AS timestamptz),
                   b.ce_subject, b.tenant_id, b.payload
            FROM batch b CROSS JOIN locked
            WHERE locked.n >= 0
            ORDER BY b.ord""";

    /** {@link #INSERT} with JPA ordinal parameters ({@code ?1}), for a Hibernate Reactive native query. */
    static final String INSERT_ORDINAL = INSERT.replaceAll("\\$(\\d)", "?$1");

    static OutboxColumns of(List<OutboxEvent> events, String source, ObjectMapper json) {
        int n = events.size();
        OutboxColumns columns = new OutboxColumns(new String[n], new String[n], new String[n], new String[n],
                new String[n], new String[n], new String[n], new String[n], source);
        for (int i = 0; i < n; i++) {
            OutboxEvent event = events.get(i);
            columns.ids[i] = event.id().toString();
            columns.topics[i] = event.topic();
            columns.keys[i] = event.key();
            columns.types[i] = event.type();
            columns.times[i] = event.time().toString();
            columns.subjects[i] = event.subject();
            columns.tenants[i] = event.tenantId();
            columns.payloads[i] = payload(event.payload(), json);
        }
        return columns;
    }

    /** The parameters of {@link #INSERT}, in order. */
    Object[] parameters() {
        return new Object[] {ids, topics, keys, types, times, subjects, tenants, payloads, source};
    }

    Tuple tuple() {
        return Tuple.from(Arrays.asList(parameters()));
    }

    /** JSON as published: null for a tombstone, {@link RawJson} as it is, anything else written once by Jackson. */
    static String payload(Object payload, ObjectMapper json) {
        if (payload == null) {
            return null;
        }
        if (payload instanceof RawJson raw) {
            return raw.json();
        }
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload of type " + payload.getClass().getName()
                    + " cannot be written as JSON", e);
        }
    }
}
