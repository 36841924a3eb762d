package nl.nazorg.messaging.consumer;

/**
 * A record that can never be processed: malformed JSON, missing or invalid CloudEvents headers, a payload that
 * fails validation, a tenant that does not match. Thrown from a listener, it nacks the record, which the
 * dead-letter-queue failure strategy moves to {@code <topic>.dlq.<group>} with this message as the
 * {@code dead-letter-reason} header; the consumer carries on with the next record.
 */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String reason) {
        super(reason);
    }

    public PoisonRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
