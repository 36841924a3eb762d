package nl.nazorg.messaging.testapp;

/** Topics and channel names of the test application; channel names equal topic names (house habit 1). */
public final class TestTopics {

    /** The test client's state-carried events, produced through the outbox by {@link ClientService}. */
    public static final String CLIENTS = "test-clients.v1";
    /** A topic only the ordering test writes to through the outbox; nothing consumes it in the app. */
    public static final String ORDERING = "test-ordering.v1";
    public static final String CLIENT_RENAMED = "nl.nazorg.test.client.renamed.v1";
    public static final int PARTITIONS = 3;

    /** The same events for the {@link BatchClientListener}, which takes a poll at a time. */
    public static final String BATCH_CLIENTS = "test-batch-clients.v1";
    public static final String BATCH_GROUP = "reliable-messaging-batch-test";
    public static final String BATCH_CLIENTS_DLQ = BATCH_CLIENTS + ".dlq." + BATCH_GROUP;
    /** What the batch listener appends to the outbox for every client it stored. */
    public static final String BATCH_APPLIED = "test-batch-applied.v1";

    private TestTopics() {
    }
}
