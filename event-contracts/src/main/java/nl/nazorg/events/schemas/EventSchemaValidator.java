package nl.nazorg.events.schemas;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import nl.nazorg.events.EventType;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.json.UnreadableEventException;

/**
 * Checks a record value against its event type's JSON Schema: required fields, enums, formats, ranges. Needs
 * {@code com.networknt:json-schema-validator} on the classpath (an optional dependency of this library: add it to use
 * this class). Loads every schema once; thread-safe; create one per application.
 */
public final class EventSchemaValidator {

    private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

    private EventSchemaValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                // In 2020-12 formats (date, date-time, email) are mere annotations unless asserted: check them.
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        for (EventType type : EventType.values()) {
            JsonSchema schema = factory.getSchema(EventSchemas.text(type), InputFormat.JSON, config);
            // networknt builds validators lazily on first use; building them now makes concurrent use safe.
            schema.initializeValidators();
            schemas.put(type, schema);
        }
    }

    /** A validator with every schema of this library loaded; reuse it, loading takes a moment. */
    public static EventSchemaValidator create() {
        return new EventSchemaValidator();
    }

    /** What is wrong with a value, one line per violation, e.g. {@code $.clientId: is missing}; empty when valid. */
    public List<String> violations(EventType type, JsonNode value) {
        return schemas.get(type).validate(value).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** What is wrong with a record value; malformed JSON is one violation. Empty when valid. */
    public List<String> violations(EventType type, byte[] value) {
        try {
            return violations(type, EventJson.readTree(value));
        } catch (UnreadableEventException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * Checks a record value.
     *
     * @throws SchemaViolationException when it does not match its schema, with every violation, so that the caller can
     *                                  dead-letter the record with that reason
     */
    public void requireValid(EventType type, byte[] value) {
        List<String> violations = violations(type, value);
        if (!violations.isEmpty()) {
            throw new SchemaViolationException(type, violations);
        }
    }
}
