package nl.nazorg.events.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Writes and reads the CloudEvents binary-mode Kafka headers: the one place that knows their names.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String TENANT_ID = "ce_tenantid";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    public static void write(CloudEventAttributes event, Headers headers) {
        put(headers, SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
        put(headers, ID, event.id());
        put(headers, TYPE, event.type());
        put(headers, SOURCE, event.source());
        put(headers, TIME, event.time().toString());
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
