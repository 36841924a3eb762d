package nl.nazorg.events;

import java.util.Optional;

import org.apache.kafka.common.header.Headers;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.cloudevents.InvalidCloudEventException;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.json.UnreadableEventException;
import nl.nazorg.events.schemas.EventSchemaValidator;

/**
 * Reads a Kafka record of a Nazorg topic into a {@link ReceivedEvent}, with the checks every consumer needs: the
 * CloudEvents headers are present, the {@code ce_type} belongs to the topic, the value's tenant is the header's, and
 * (optionally) the value matches its JSON Schema. A record that fails a check throws, so the caller can dead-letter it
 * with the exception's message as the reason; a {@code ce_type} this library does not know is skipped (empty).
 */
public final class EventReader {

    private final EventSchemaValidator validator;

    private EventReader(EventSchemaValidator validator) {
        this.validator = validator;
    }

    /** A reader that binds values without schema validation (needs no validator library). */
    public static EventReader tolerant() {
        return new EventReader(null);
    }

    /** A reader that checks every value against its JSON Schema before binding it. */
    public static EventReader validating(EventSchemaValidator validator) {
        return new EventReader(validator);
    }

    /**
     * Reads one record.
     *
     * @return empty when the {@code ce_type} is not known to this library version (a later version added it)
     * @throws InvalidCloudEventException when headers are missing or malformed, the type belongs to another topic, or
     *                                    the value's tenant differs from {@code ce_tenantid}
     * @throws UnreadableEventException   when the value is not JSON of the type's record
     * @throws nl.nazorg.events.schemas.SchemaViolationException when validating and the value breaks its schema
     */
    public Optional<ReceivedEvent> read(String topic, Headers headers, byte[] value) {
        CloudEventAttributes attributes = CloudEventHeaders.read(headers);
        Optional<EventType> known = EventType.fromCeType(attributes.type());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        EventType type = known.get();
        if (!type.topic().equals(topic)) {
            throw new InvalidCloudEventException(type.ceType() + " does not travel on " + topic);
        }
        if (value == null) {
            if (!Topics.isCompacted(topic)) {
                throw new InvalidCloudEventException("a null value on " + topic + ", which has no tombstones");
            }
            return Optional.of(new ReceivedEvent(attributes, type, null));
        }
        if (validator != null) {
            validator.requireValid(type, value);
        }
        EventPayload payload = EventJson.read(value, type);
        if (!attributes.tenantId().equals(payload.tenantId())) {
            throw new InvalidCloudEventException("tenant of the value differs from " + CloudEventHeaders.TENANT_ID);
        }
        return Optional.of(new ReceivedEvent(attributes, type, payload));
    }
}
