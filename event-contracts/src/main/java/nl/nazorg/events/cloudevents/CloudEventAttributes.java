package nl.nazorg.events.cloudevents;

import java.time.OffsetDateTime;
import java.util.Objects;

import nl.nazorg.events.ids.TimeOrderedIds;

/**
 * The CloudEvents attributes every Nazorg record carries in its Kafka headers (binary content mode).
 *
 * @param id       {@code ce_id}: a UUID, the deduplication key of the event
 * @param type     {@code ce_type}, e.g. {@code nl.nazorg.signal.raised.v1}
 * @param source   {@code ce_source}: the producing service, e.g. {@code /nazorg/portfolio-signal-service}
 * @param time     {@code ce_time}: when the event happened
 * @param subject  {@code ce_subject}: the clientId (or lender code for market rates)
 * @param tenantId {@code ce_tenantid}: the advisory firm the event belongs to
 */
public record CloudEventAttributes(String id, String type, String source, OffsetDateTime time, String subject,
                                   String tenantId) {

    /** The CloudEvents specification version Nazorg writes. */
    public static final String SPEC_VERSION = "1.0";

    /** Requires every attribute but the subject. */
    public CloudEventAttributes {
        Objects.requireNonNull(id, "ce_id");
        Objects.requireNonNull(type, "ce_type");
        Objects.requireNonNull(source, "ce_source");
        Objects.requireNonNull(time, "ce_time");
        Objects.requireNonNull(tenantId, "ce_tenantid");
    }

    /** A new event with a fresh id (time-ordered, see {@link TimeOrderedIds}). */
    public static CloudEventAttributes newEvent(String type, String source, OffsetDateTime time, String subject,
                                                String tenantId) {
        return new CloudEventAttributes(TimeOrderedIds.next().toString(), type, source, time, subject, tenantId);
    }
}
