package nl.nazorg.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.kafka.TopicDefinition;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.OnVertx;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;
import nl.nazorg.messaging.testapp.TestTopics;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class OutboxFailureTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final String TYPE = "nl.nazorg.test.failure.v1";

    @Inject
    Outbox outbox;

    @Test
    void rowsForAMissingTopicWaitWithoutHoldingUpOtherTopicsAndLeaveOnceItExists() {
        String missingTopic = "test-missing-" + UUID.randomUUID() + ".v1";
        String key = "waiting-" + UUID.randomUUID();
        String otherKey = "flowing-" + UUID.randomUUID();

        append(missingTopic, key, "\"waits\"");
        append(TestTopics.ORDERING, otherKey, "\"flows\"");

        try (TopicReader ordering = new TopicReader(TestTopics.ORDERING)) {
            await().atMost(TIMEOUT).until(() -> ordering.poll(r -> otherKey.equals(r.key())).size() == 1);
        }
        await().atMost(TIMEOUT).until(() -> TestDatabase.count(
                "SELECT attempts FROM nazorg_outbox WHERE kafka_key = ?", key) >= 1);
        assertThat(TestDatabase.outboxRows(key)).singleElement().satisfies(row -> assertThat(row.published()).isFalse());
        assertThat(TestDatabase.text("SELECT last_error FROM nazorg_outbox WHERE kafka_key = ?", key))
                .contains("TimeoutException");

        NazorgTestInfrastructure.createTopics(TopicDefinition.retained(missingTopic, 1));

        await().atMost(TIMEOUT).until(() -> TestDatabase.outboxRows(key).get(0).published());
        try (TopicReader created = new TopicReader(missingTopic)) {
            assertThat(created.readToEnd()).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo("\"waits\""));
        }
    }

    @Test
    void aRowTheBrokerWillNeverTakeIsParkedAndTheRowsBehindItFlow() {
        String tooLarge = "too-large-" + UUID.randomUUID();
        String behind = "behind-" + UUID.randomUUID();

        append(TestTopics.ORDERING, tooLarge, "\"" + "x".repeat(1_500_000) + "\"");
        append(TestTopics.ORDERING, behind, "\"fine\"");

        try (TopicReader ordering = new TopicReader(TestTopics.ORDERING)) {
            await().atMost(TIMEOUT).until(() -> ordering.poll(r -> behind.equals(r.key())).size() == 1);
        }
        await().atMost(TIMEOUT).until(() -> TestDatabase.count(
                "SELECT count(*) FROM nazorg_outbox WHERE kafka_key = ? AND failed_at IS NOT NULL", tooLarge) == 1);
        assertThat(TestDatabase.text("SELECT last_error FROM nazorg_outbox WHERE kafka_key = ?", tooLarge))
                .startsWith("RecordTooLargeException");
        assertThat(TestDatabase.outboxRows(tooLarge)).singleElement()
                .satisfies(row -> assertThat(row.published()).isFalse());
    }

    private void append(String topic, String key, String json) {
        OnVertx.await(() -> Panache.withTransaction(() -> outbox.append(topic, key, TYPE, key, "tenant-a",
                RawJson.of(json))));
    }
}
