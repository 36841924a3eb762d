package nl.nazorg.events.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import nl.nazorg.events.EventType;

/**
 * The published documents of the contract, loaded from this jar: one JSON Schema (draft 2020-12) per event type and
 * the AsyncAPI 3.0 document of every topic. Needs no validator library: use these with any JSON Schema validator, in
 * any language, or with {@link EventSchemaValidator}.
 */
public final class EventSchemas {

    /** The classpath resource of the AsyncAPI document. */
    public static final String ASYNCAPI_RESOURCE = "nl/nazorg/events/asyncapi.yaml";

    /** The prefix of every schema's {@code $id}; an identifier, not a download location. */
    public static final String ID_PREFIX = "https://schemas.nazorg.nl/events/v1/";

    private EventSchemas() {
    }

    /** The location of an event type's schema inside this jar. */
    public static URL url(EventType type) {
        return resource(type.schemaResource());
    }

    /** The schema's {@code $id}, e.g. {@code https://schemas.nazorg.nl/events/v1/signal-raised.schema.json}. */
    public static String id(EventType type) {
        return ID_PREFIX + type.schemaName() + ".schema.json";
    }

    /** An event type's schema as text. */
    public static String text(EventType type) {
        return read(type.schemaResource());
    }

    /** The AsyncAPI document as YAML text. */
    public static String asyncApi() {
        return read(ASYNCAPI_RESOURCE);
    }

    private static String read(String name) {
        try (InputStream in = resource(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static URL resource(String name) {
        URL url = EventSchemas.class.getClassLoader().getResource(name);
        if (url == null) {
            // Every document ships in this jar; a missing one is a broken build, not bad input.
            throw new IllegalStateException("missing resource " + name);
        }
        return url;
    }
}
