package nl.nazorg.events.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;

/**
 * The JSON form of the contract records, the same for every producer and consumer:
 * <ul>
 * <li>dates as ISO-8601 text ({@code 2026-03-01}), instants in UTC ({@code 2026-03-01T09:15:00Z});</li>
 * <li>BigDecimal as a plain JSON number, read back with its exact value and scale ({@code 100.00} stays 100.00);</li>
 * <li>unknown properties ignored on read (tolerant reader: a later version may add optional fields), and values of
 * the extensible enums that this library does not know read as {@code UNKNOWN};</li>
 * <li>null properties left out.</li>
 * </ul>
 * Required fields are not checked here: the JSON Schema of each event type does that (EventSchemaValidator).
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = newObjectMapper();

    private EventJson() {
    }

    /**
     * A new mapper configured for the contracts. New, because an ObjectMapper can be reconfigured: a caller who
     * changes theirs does not change anyone else's.
     */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // Trees too keep 100.00 as 100.00, so a value read as a tree and written again is unchanged.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    /** The JSON value of a record, as UTF-8 bytes. */
    public static byte[] write(EventPayload payload) {
        try {
            return MAPPER.writeValueAsBytes(payload);
        } catch (IOException e) {
            // Records of this library always serialize; failing here is a programming error, not bad input.
            throw new UncheckedIOException("cannot write " + payload.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads a record value of a known type.
     *
     * @throws UnreadableEventException when the bytes are not JSON of that record
     */
    public static <T extends EventPayload> T read(byte[] value, Class<T> payloadClass) {
        if (value == null) {
            throw new IllegalArgumentException("a tombstone (null value) has no payload; check for it first");
        }
        T payload;
        try {
            payload = MAPPER.readValue(value, payloadClass);
        } catch (IOException e) {
            throw new UnreadableEventException("not a " + payloadClass.getSimpleName() + ": " + reason(e), e);
        }
        if (payload == null) {
            throw new UnreadableEventException("JSON null is not a " + payloadClass.getSimpleName(), null);
        }
        return payload;
    }

    /**
     * Reads a record value by its event type, e.g. the one named by the {@code ce_type} header.
     *
     * @throws UnreadableEventException when the bytes are not JSON of that type's record
     */
    public static EventPayload read(byte[] value, EventType type) {
        return read(value, type.payloadClass());
    }

    /**
     * Reads a record value as a tree, numbers as BigDecimal, e.g. to validate it against its schema.
     *
     * @throws UnreadableEventException when the bytes are not JSON
     */
    public static JsonNode readTree(byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("a tombstone (null value) has no payload; check for it first");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UnreadableEventException("malformed JSON: " + reason(e), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new UnreadableEventException("empty value", null);
        }
        return tree;
    }

    // The reason goes into dead-letter headers and logs, so it names where and what, never the value: a value may be
    // personal data (a date of birth, an e-mail address). Jackson's source excerpt is left out for the same reason.
    private static String reason(IOException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "invalid " + invalid.getTargetType().getSimpleName() + " at " + path(invalid);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getOriginalMessage() + " at " + path(mapping);
        }
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.append(reference.getFieldName() != null ? "." + reference.getFieldName()
                    : "[" + reference.getIndex() + "]");
        }
        return path.toString();
    }
}
