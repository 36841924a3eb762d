package nl.nazorg.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.json.EventJson;

/**
 * A payload that is already JSON (for example the contracts' own {@code EventJson} output): the outbox stores and
 * publishes it byte for byte, without writing it again. The caller vouches that it is valid JSON.
 *
 * <p>Written by any other Jackson mapper, it still comes out as the raw JSON (not as a quoted string).
 */
public record RawJson(@JsonRawValue @JsonValue String json) {

    public RawJson {
        Objects.requireNonNull(json, "json: a tombstone is a null payload, not RawJson");
    }

    public static RawJson of(String json) {
        return new RawJson(json);
    }

    /** A contract event as the contracts write it ({@code EventJson}: absent fields left out, exact decimals), once. */
    public static RawJson contract(EventPayload payload) {
        return new RawJson(new String(EventJson.write(payload), StandardCharsets.UTF_8));
    }
}
