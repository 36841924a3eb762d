package nl.nazorg.events.schemas;

import java.util.List;

import nl.nazorg.events.EventType;

/** A record value that does not match its event type's JSON Schema: it belongs on the dead-letter topic. */
public class SchemaViolationException extends RuntimeException {

    private final transient List<String> violations;

    public SchemaViolationException(EventType type, List<String> violations) {
        super("not a valid " + type.ceType() + ": " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation, one line each. */
    public List<String> violations() {
        return violations;
    }
}
