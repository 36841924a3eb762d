package nl.nazorg.events.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Writes and reads the CloudEvents binary-mode Kafka headers: the one place that knows their names.
 */
public final class CloudEventHeaders {

    /** The event id, a UUID: the deduplication key. */
    public static final String ID = "ce_id";
    /** The event type, e.g. {@code nl.nazorg.signal.raised.v1}. */
    public static final String TYPE = "ce_type";
    /** The producing service, e.g. {@code /nazorg/client-service}. */
    public static final String SOURCE = "ce_source";
    /** When the event happened, RFC 3339. */
    public static final String TIME = "ce_time";
    /** The record key: clientId, or lender code on market-rates.v1. */
    public static final String SUBJECT = "ce_subject";
    /** The extension attribute naming the advisory firm. */
    public static final String TENANT_ID = "ce_tenantid";
    /** The CloudEvents version, {@code 1.0}; optional on read. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** The media type of the value. */
    public static final String CONTENT_TYPE = "content-type";
    /** The media type of every Nazorg value. */
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** Writes the attributes as headers, replacing any earlier value of the same header. */
    public static void write(CloudEventAttributes event, Headers headers) {
        put(headers, SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
        put(headers, ID, event.id());
        put(headers, TYPE, event.type());
        put(headers, SOURCE, event.source());
        // RFC 3339 needs the seconds, which OffsetDateTime.toString() drops when they are zero.
        put(headers, TIME, event.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (event.subject() != null) {
            put(headers, SUBJECT, event.subject());
        }
        put(headers, TENANT_ID, event.tenantId());
        put(headers, CONTENT_TYPE, JSON);
    }

    /**
     * Reads the attributes of a record.
     *
     * @throws InvalidCloudEventException when a required attribute is missing or malformed, so that the caller can
     *                                    dead-letter the record with that reason
     */
    public static CloudEventAttributes read(Headers headers) {
        String specVersion = text(headers, SPEC_VERSION);
        if (specVersion != null && !CloudEventAttributes.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidCloudEventException("unsupported " + SPEC_VERSION + " '" + specVersion + "'");
        }
        String time = required(headers, TIME);
        try {
            return new CloudEventAttributes(required(headers, ID), required(headers, TYPE), required(headers, SOURCE),
                    OffsetDateTime.parse(time), text(headers, SUBJECT), required(headers, TENANT_ID));
        } catch (DateTimeParseException e) {
            throw new InvalidCloudEventException("malformed " + TIME + " '" + time + "'");
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidCloudEventException("missing header " + name);
        }
        return value;
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
