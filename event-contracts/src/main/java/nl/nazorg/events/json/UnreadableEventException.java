package nl.nazorg.events.json;

/** A record value that is not JSON of the expected contract record: it belongs on the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
