package nl.nazorg.messaging.outbox;

import static nl.nazorg.messaging.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.OnVertx;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;
import nl.nazorg.messaging.testapp.TestTopics;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class OutboxOrderingTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final String TYPE = "nl.nazorg.test.ordering.v1";

    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Test
    void aSecondTransactionOnTheSameKeyWaitsUntilTheFirstCommits() throws Exception {
        String key = "wait-" + UUID.randomUUID();
        String otherKey = "other-" + UUID.randomUUID();
        CompletableFuture<Void> appended = new CompletableFuture<>();
        CompletableFuture<Void> commit = new CompletableFuture<>();

        CompletableFuture<Void> first = OnVertx.start(() -> {
            Context context = Vertx.currentContext();
            // Resume on the session's Vert.x context when the test thread lets the transaction commit.
            return Panache.withTransaction(() -> append(key, "first")
                    .invoke(() -> appended.complete(null))
                    .chain(() -> Uni.createFrom().completionStage(commit)
                            .emitOn(task -> context.runOnContext(ignored -> task.run()))));
        });
        appended.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        CompletableFuture<Void> second = OnVertx.start(() -> Panache.withTransaction(() -> append(key, "second")));
        // Another key does not wait for the open transaction.
        OnVertx.await(() -> Panache.withTransaction(() -> append(otherKey, "other")));

        await().atMost(TIMEOUT).until(() -> TestDatabase.count(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") >= 1);
        assertThat(second).isNotDone();
        commit.complete(null);
        first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        second.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        List<TestDatabase.Row> rows = TestDatabase.outboxRows(key);
        assertThat(rows).extracting(TestDatabase.Row::payload).containsExactly("\"first\"", "\"second\"");
        try (TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
            await().atMost(TIMEOUT).until(() -> topic.poll(r -> key.equals(r.key())).size() == 2);
            assertThat(topic.poll(r -> key.equals(r.key()))).extracting(ConsumerRecord::value)
                    .containsExactly("\"first\"", "\"second\"");
        }
    }

    @Test
    void twoRelaysPublishEveryEventOnceAndInCommitOrderPerKey() throws Exception {
        String prefix = "order-" + UUID.randomUUID() + "-";
        int keys = 8;
        int events = 400;
        try (OutboxRelay secondInstance = publisher.newRelay().start()) {
            List<CompletableFuture<Void>> transactions = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                String key = prefix + (i % keys);
                String payload = "event-" + i;
                transactions.add(OnVertx.start(() -> Panache.withTransaction(() -> append(key, payload))));
            }
            CompletableFuture.allOf(transactions.toArray(CompletableFuture[]::new))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

            try (TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
                List<ConsumerRecord<String, String>> published = await().atMost(TIMEOUT)
                        .until(() -> topic.poll(r -> r.key().startsWith(prefix)), found -> found.size() >= events);
                assertThat(topic.readToEnd()).filteredOn(r -> r.key().startsWith(prefix)).hasSize(events);

                Map<String, List<String>> publishedIds = published.stream().collect(Collectors.groupingBy(
                        ConsumerRecord::key, Collectors.mapping(r -> header(r, "ce_id"), Collectors.toList())));
                for (int k = 0; k < keys; k++) {
                    String key = prefix + k;
                    List<String> committedIds = TestDatabase.outboxRows(key).stream().map(TestDatabase.Row::ceId).toList();
                    assertThat(publishedIds.get(key)).as("key %s", key).containsExactlyElementsOf(committedIds);
                }
            }
        }
    }

    private Uni<Void> append(String key, String payload) {
        return outbox.append(TestTopics.ORDERING, key, TYPE, key, "tenant-a", payload).replaceWithVoid();
    }
}
