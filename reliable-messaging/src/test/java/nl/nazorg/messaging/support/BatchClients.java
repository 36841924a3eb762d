package nl.nazorg.messaging.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.testapp.TestTopics;

/**
 * Records for the batch listener and look-ups of what it did, all scoped to a run prefix: every key and
 * {@code ce_id} of one test starts with it, so tests sharing the topic and tables do not see each other.
 */
public final class BatchClients {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();

    private final String prefix;

    public BatchClients(String prefix) {
        this.prefix = prefix;
    }

    public String key(int number) {
        return prefix + "-" + number;
    }

    /** A test-client event whose ce_id is derived from the key and version, so a resend is the same event. */
    public ProducerRecord<String, String> renamed(String key, String headerTenant, String payload, long version) {
        CloudEventAttributes attributes = new CloudEventAttributes(key + "-v" + version, TestTopics.CLIENT_RENAMED,
                "/test/partner", OffsetDateTime.parse("2026-01-01T00:00:00Z"), key, headerTenant);
        return RawProducer.record(TestTopics.BATCH_CLIENTS, key, attributes, payload);
    }

    public ProducerRecord<String, String> renamed(String key, String name, long version) {
        return renamed(key, "tenant-a", RawProducer.renamed(key, "tenant-a", name, version), version);
    }

    /**
     * One valid record per partition, sent after the others: once all are applied, everything sent before them
     * has been handled (per partition, polls are handled in order).
     */
    public void sendSentinelsAndAwait(RawProducer producer) {
        List<ProducerRecord<String, String>> sentinels = new ArrayList<>();
        String run = prefix + "-sentinel-" + System.nanoTime();
        for (int partition = 0; partition < TestTopics.PARTITIONS; partition++) {
            ProducerRecord<String, String> record = renamed(run + "-" + partition, "sentinel", 1);
            sentinels.add(new ProducerRecord<>(record.topic(), partition, record.key(), record.value(),
                    record.headers()));
        }
        producer.sendAll(sentinels);
        await().atMost(TIMEOUT).until(() -> TestDatabase.count(
                "SELECT count(*) FROM test_batch_client_view WHERE client_id LIKE ?", run + "-%")
                == TestTopics.PARTITIONS);
    }

    /** Clients of this run stored by the listener (sentinels left out). */
    public long stored() {
        return TestDatabase.count("SELECT count(*) FROM test_batch_client_view WHERE client_id LIKE ? "
                + "AND client_id NOT LIKE ?", prefix + "-%", prefix + "-sentinel-%");
    }

    /** Writes of this run's clients that reached the table. */
    public long writes() {
        return TestDatabase.count("SELECT coalesce(sum(events_handled), 0) FROM test_batch_client_view "
                + "WHERE client_id LIKE ? AND client_id NOT LIKE ?", prefix + "-%", prefix + "-sentinel-%");
    }

    public long remembered() {
        return TestDatabase.count("SELECT count(*) FROM nazorg_processed_event WHERE consumer_group = ? "
                + "AND ce_id LIKE ? AND ce_id NOT LIKE ?", TestTopics.BATCH_GROUP, prefix + "-%", prefix + "-sentinel-%");
    }

    /** Outbox rows the listener appended for this run's clients. */
    public long appended() {
        return TestDatabase.count("SELECT count(*) FROM test_outbox_appended WHERE topic = ? AND kafka_key LIKE ? "
                + "AND kafka_key NOT LIKE ?", TestTopics.BATCH_APPLIED, prefix + "-%", prefix + "-sentinel-%");
    }

    /** Of those, the rows the relay has published. */
    public long published() {
        return TestDatabase.count("SELECT count(*) FROM test_outbox_appended a WHERE topic = ? AND kafka_key LIKE ? "
                + "AND kafka_key NOT LIKE ? AND NOT EXISTS (SELECT 1 FROM nazorg_outbox o WHERE o.seq = a.seq)",
                TestTopics.BATCH_APPLIED, prefix + "-%", prefix + "-sentinel-%");
    }

    public String name(String key) {
        return TestDatabase.text("SELECT name || '@' || aggregate_version FROM test_batch_client_view "
                + "WHERE client_id = ?", key);
    }

    /** This run's dead letters, read up to the end of the DLQ topic. */
    public List<ConsumerRecord<String, String>> deadLetters() {
        try (TopicReader reader = new TopicReader(TestTopics.BATCH_CLIENTS_DLQ)) {
            return reader.readToEnd().stream().filter(r -> r.key() != null && r.key().startsWith(prefix + "-"))
                    .toList();
        }
    }
}
