package nl.nazorg.events.cloudevents;

/** A record whose CloudEvents headers are missing or malformed: it belongs on the dead-letter topic. */
public class InvalidCloudEventException extends RuntimeException {

    /** @param reason why, fit for a dead-letter header: it names the attribute, never a personal value. */
    public InvalidCloudEventException(String reason) {
        super(reason);
    }
}
