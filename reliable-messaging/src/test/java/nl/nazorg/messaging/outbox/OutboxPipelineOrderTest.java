package nl.nazorg.messaging.outbox;

import static nl.nazorg.messaging.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.sqlclient.Pool;
import nl.nazorg.infra.kafka.TopicDefinition;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.OnVertx;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;

/**
 * Per-key order while batches overlap and one topic is gone for a while: batches of 50, so many are in flight one
 * behind the other; the topic is deleted (records the producer holds for it fail late, after the delivery timeout,
 * and new sends fail at once), then created again. Keys have events before, during and after the failure.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class OutboxPipelineOrderTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final String TYPE = "nl.nazorg.test.pipeline.v1";
    private static final int KEYS = 10;

    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Inject
    Pool pool;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Test
    void aTopicGoneForAWhileKeepsEveryKeysOrderAcrossPipelinedBatches() throws Exception {
        String run = UUID.randomUUID().toString();
        String failing = "test-pipeline-failing-" + run + ".v1";
        String healthy = "test-pipeline-healthy-" + run + ".v1";
        NazorgTestInfrastructure.createTopics(TopicDefinition.retained(failing, 3), TopicDefinition.retained(healthy, 3));
        // Fail fast: a record the broker cannot take fails after 3 s instead of the default two minutes.
        Map<String, Object> producerSettings = RelayProducerFactory.properties(kafka, Map.of(
                "delivery.timeout.ms", "3000", "request.timeout.ms", "1000", "max.block.ms", "1000"));
        RelaySettings smallBatches = new RelaySettings(50, Duration.ofMillis(200), Duration.ofSeconds(2), TIMEOUT);
        publisher.pause();
        try (OutboxRelay relay = new OutboxRelay(pool, () -> new KafkaProducer<>(producerSettings), smallBatches);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     NazorgTestInfrastructure.bootstrapServers()))) {
            append(failing, healthy, run, 0, 300);
            relay.start();
            await().atMost(TIMEOUT).until(() -> pendingOf(run) == 0);

            // The topic goes away while the relay holds records for it (sent before, retried by the producer).
            admin.deleteTopics(List.of(failing)).all().get();
            await().atMost(TIMEOUT).until(() -> !admin.listTopics().names().get().contains(failing));
            append(failing, healthy, run, 300, 1000);
            relay.wakeUp();
            await().atMost(TIMEOUT).until(() -> TestDatabase.count(
                    "SELECT count(*) FROM nazorg_outbox WHERE topic = ? AND attempts > 0", failing) > 0);

            // Back, with newer events of the same keys appended while the older ones still wait.
            await().atMost(TIMEOUT).ignoreExceptions().until(() -> {
                NazorgTestInfrastructure.createTopics(TopicDefinition.retained(failing, 3));
                return true;
            });
            append(failing, healthy, run, 1000, 1300);
            await().atMost(Duration.ofSeconds(90)).until(() -> pendingOf(run) == 0);
        } finally {
            publisher.resume();
        }

        assertOrderPerKey(healthy, run, 0);
        // The first incarnation of the topic is gone with its 150 records; the rest must be on the new one.
        assertOrderPerKey(failing, run, 300);
    }

    /** Per key, the first appearance of each event on the topic follows the order of appending. */
    private static void assertOrderPerKey(String topic, String run, int fromEvent) {
        try (TopicReader reader = new TopicReader(topic)) {
            Map<String, List<String>> published = reader.readToEnd().stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(r -> header(r, "ce_id"), Collectors.toList())));
            for (int k = 0; k < KEYS; k++) {
                String key = topic + "/" + run + "-" + k;
                List<String> appended = TestDatabase.outboxRows(key).stream()
                        .filter(row -> eventNumber(row.payload()) >= fromEvent).map(TestDatabase.Row::ceId).toList();
                assertThat(appended).isNotEmpty();
                // A re-send after a failure may repeat an event (same ce_id, dropped by consumers).
                assertThat(new ArrayList<>(new LinkedHashSet<>(published.getOrDefault(key, List.of()))))
                        .as("%s on %s", key, topic).containsExactlyElementsOf(appended);
            }
        }
    }

    private static int eventNumber(String payload) {
        return Integer.parseInt(payload.replaceAll("\\D", ""));
    }

    /** Events {@code from} to {@code to}, alternating topics, spread over the keys, in transactions of 100. */
    private void append(String failing, String healthy, String run, int from, int to) {
        for (int start = from; start < to; start += 100) {
            List<OutboxEvent> events = new ArrayList<>();
            for (int i = start; i < Math.min(to, start + 100); i++) {
                String topic = i % 2 == 0 ? failing : healthy;
                String key = topic + "/" + run + "-" + (i / 2 % KEYS);
                events.add(OutboxEvent.of(topic, key, TYPE, key, "tenant-a", RawJson.of("{\"n\":" + i + "}")));
            }
            OnVertx.await(() -> Panache.withTransaction(() -> outbox.appendAll(events)));
        }
    }

    private static long pendingOf(String run) {
        return TestDatabase.count("SELECT count(*) FROM nazorg_outbox WHERE kafka_key LIKE ?", "%" + run + "-%");
    }
}
