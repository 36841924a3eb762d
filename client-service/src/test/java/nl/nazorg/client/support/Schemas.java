package nl.nazorg.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import nl.nazorg.events.EventType;
import nl.nazorg.events.schemas.EventSchemaValidator;

/** The event-contracts JSON Schemas, as a partner would validate records. */
public final class Schemas {

    private static final EventSchemaValidator VALIDATOR = EventSchemaValidator.create();

    private Schemas() {
    }

    public static void assertValid(EventType type, byte[] value) {
        assertThat(VALIDATOR.violations(type, value)).as("schema violations of %s", type).isEmpty();
    }
}
