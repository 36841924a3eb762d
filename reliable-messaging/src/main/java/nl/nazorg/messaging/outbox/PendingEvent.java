package nl.nazorg.messaging.outbox;

import nl.nazorg.events.cloudevents.CloudEventAttributes;

/**
 * An outbox row waiting to be published.
 *
 * @param seq        the publication order
 * @param attributes the CloudEvents headers, {@code ce_id} being the row's UUID
 * @param payload    JSON, or null for a tombstone
 */
public record PendingEvent(long seq, String topic, String key, CloudEventAttributes attributes, String payload) {
}
