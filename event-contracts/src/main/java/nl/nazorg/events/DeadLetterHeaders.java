package nl.nazorg.events;

/**
 * The Kafka headers that explain why a record is on a dead-letter topic ({@link Topics#deadLetter(String, String)}).
 * The original record is copied as it was: same key, same value bytes, same CloudEvents headers; these headers are
 * added. The names are the ones SmallRye Reactive Messaging writes with {@code failure-strategy=dead-letter-queue},
 * so a Quarkus consumer complies without code and a partner tool can read every dead letter the same way.
 */
public final class DeadLetterHeaders {

    /** Why the record could not be processed, in words, e.g. {@code schema: $.clientId: is missing}. */
    public static final String REASON = "dead-letter-reason";

    /** The message of the underlying cause, when there is one. */
    public static final String CAUSE = "dead-letter-cause";

    /** The class name of the exception that rejected the record. */
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";

    /** The class name of the underlying cause. */
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";

    /** The topic the record was read from. */
    public static final String TOPIC = "dead-letter-topic";

    /** The partition the record was read from, as decimal text. */
    public static final String PARTITION = "dead-letter-partition";

    /** The offset the record was read from, as decimal text. */
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
