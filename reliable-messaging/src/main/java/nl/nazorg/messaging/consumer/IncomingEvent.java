package nl.nazorg.messaging.consumer;

import java.util.Objects;

import nl.nazorg.events.cloudevents.CloudEventAttributes;

/**
 * A consumed record, read: its CloudEvents attributes and its payload as the contract record.
 *
 * @param payload the contract record, or null for a tombstone
 */
public record IncomingEvent<T>(String topic, String key, CloudEventAttributes attributes, T payload) {

    /** {@code ce_id}, the deduplication key. */
    public String id() {
        return attributes.id();
    }

    public String type() {
        return attributes.type();
    }

    /** {@code ce_tenantid}. */
    public String tenantId() {
        return attributes.tenantId();
    }

    public boolean isTombstone() {
        return payload == null;
    }

    /**
     * Rejects an event whose payload speaks for another tenant than its {@code ce_tenantid} header (DESIGN.md §8).
     *
     * @throws PoisonRecordException when they differ
     */
    public IncomingEvent<T> requireTenant(String payloadTenantId) {
        if (!Objects.equals(tenantId(), payloadTenantId)) {
            throw new PoisonRecordException("tenant mismatch: ce_tenantid '" + tenantId()
                    + "' but the payload belongs to tenant '" + payloadTenantId + "'");
        }
        return this;
    }

    /**
     * Rejects an event that fails a contract check the JSON shape cannot express.
     *
     * @throws PoisonRecordException with the reason when the condition is false
     */
    public IncomingEvent<T> require(boolean condition, String reason) {
        if (!condition) {
            throw new PoisonRecordException("invalid " + type() + ": " + reason);
        }
        return this;
    }
}
