package nl.nazorg.messaging.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import nl.nazorg.events.ids.TimeOrderedIds;

/**
 * One event to publish through the outbox.
 *
 * @param id       {@code ce_id}; consumers deduplicate on it, so a re-publish after a crash has no second effect
 * @param time     {@code ce_time}
 * @param topic    the Kafka topic
 * @param key      the record key (the clientId on every Nazorg topic), which also decides the publication order
 * @param type     {@code ce_type}, e.g. {@code nl.nazorg.signal.raised.v1}
 * @param subject  {@code ce_subject}, usually the clientId; may be null
 * @param tenantId {@code ce_tenantid}
 * @param payload  the value, written as JSON once ({@link RawJson}: already JSON, stored as it is); null publishes a
 *                 tombstone (a compacted topic then forgets the key)
 */
public record OutboxEvent(UUID id, OffsetDateTime time, String topic, String key, String type, String subject,
                          String tenantId, Object payload) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key: every Nazorg topic is keyed, the key orders the events");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenantId, "tenantId");
    }

    /** A new event with a fresh id (time-ordered, see {@link TimeOrderedIds}), happening now. */
    public static OutboxEvent of(String topic, String key, String type, String subject, String tenantId,
                                 Object payload) {
        return new OutboxEvent(TimeOrderedIds.next(), OffsetDateTime.now(ZoneOffset.UTC), topic, key, type, subject,
                tenantId, payload);
    }

    /** A tombstone for the key: the value is null, the CloudEvents headers still say what and whose. */
    public static OutboxEvent tombstone(String topic, String key, String type, String subject, String tenantId) {
        return of(topic, key, type, subject, tenantId, null);
    }
}
