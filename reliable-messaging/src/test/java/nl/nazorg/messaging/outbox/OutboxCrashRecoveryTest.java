package nl.nazorg.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.OnVertx;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;
import nl.nazorg.messaging.testapp.ClientService;
import nl.nazorg.messaging.testapp.TestTopics;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class OutboxCrashRecoveryTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();

    @Inject
    ClientService clients;

    @Inject
    OutboxPublisher publisher;

    @Test
    void rowsCommittedWhileNoRelayRunsArePublishedByTheNextRelay() {
        String prefix = "crash-" + UUID.randomUUID() + "-";
        List<String> clientIds = List.of(prefix + 1, prefix + 2, prefix + 3);
        // The process "dies" between commit and publish: its relay no longer runs.
        publisher.pause();
        try {
            for (String clientId : clientIds) {
                OnVertx.await(() -> clients.rename("tenant-a", clientId, "Smit"));
            }

            assertThat(clientIds).allSatisfy(id -> assertThat(TestDatabase.outboxRows(id))
                    .singleElement().satisfies(row -> assertThat(row.published()).isFalse()));
            try (TopicReader topic = new TopicReader(TestTopics.CLIENTS)) {
                assertThat(topic.readToEnd()).noneMatch(r -> r.key().startsWith(prefix));
            }

            // A new relay instance (the restarted process) finds the pending rows and publishes them.
            try (OutboxRelay restarted = publisher.newRelay().start();
                 TopicReader topic = new TopicReader(TestTopics.CLIENTS)) {
                List<ConsumerRecord<String, String>> published = await().atMost(TIMEOUT)
                        .until(() -> topic.poll(r -> r.key().startsWith(prefix)), found -> found.size() == 3);

                assertThat(published).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(clientIds);
                await().atMost(TIMEOUT).until(() -> clientIds.stream()
                        .allMatch(id -> TestDatabase.outboxRows(id).get(0).published()));
            }
        } finally {
            publisher.resume();
        }
    }

    @Test
    void aPausedRelayPublishesWhatWaitedOnceResumed() {
        String clientId = "paused-" + UUID.randomUUID();
        publisher.pause();
        try {
            OnVertx.await(() -> clients.rename("tenant-a", clientId, "Mulder"));
            assertThat(TestDatabase.outboxRows(clientId)).singleElement()
                    .satisfies(row -> assertThat(row.published()).isFalse());
        } finally {
            publisher.resume();
        }

        try (TopicReader topic = new TopicReader(TestTopics.CLIENTS)) {
            await().atMost(TIMEOUT).until(() -> topic.poll(r -> clientId.equals(r.key())).size() == 1);
        }
    }
}
