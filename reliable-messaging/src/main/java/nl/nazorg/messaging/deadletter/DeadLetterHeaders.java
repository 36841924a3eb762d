package nl.nazorg.messaging.deadletter;

/**
 * Headers SmallRye Reactive Messaging adds to a dead letter, beside the record's own (CloudEvents) headers.
 * Named here so that services, tests and DLQ tooling read them the same way.
 */
public final class DeadLetterHeaders {

    /** The exception message: for a {@code PoisonRecordException}, the reason. */
    public static final String REASON = "dead-letter-reason";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String CAUSE = "dead-letter-cause";
    public static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
