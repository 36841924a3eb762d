package nl.nazorg.events.cloudevents;

/** A record whose CloudEvents headers are missing or malformed: it belongs on the dead-letter topic. */
public class InvalidCloudEventException extends RuntimeException {

    public InvalidCloudEventException(String reason) {
        super(reason);
    }
}
