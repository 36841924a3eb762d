package nl.nazorg.events;

import nl.nazorg.events.cloudevents.CloudEventAttributes;

/**
 * One record read from a Nazorg topic: its CloudEvents attributes, its event type and its payload.
 *
 * @param attributes the CloudEvents headers; {@code attributes.id()} is the deduplication key
 * @param type       the event type named by {@code ce_type}
 * @param payload    the value bound to its record; null for a tombstone (the client was erased, or the lender removed)
 */
public record ReceivedEvent(CloudEventAttributes attributes, EventType type, EventPayload payload) {

    /** Whether the record is a tombstone: the key's state is gone. */
    public boolean isTombstone() {
        return payload == null;
    }
}
