package nl.nazorg.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.OnVertx;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;
import nl.nazorg.messaging.testapp.TestTopics;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class OutboxWakeUpAndThroughputTest {

    private static final Logger LOG = Logger.getLogger(OutboxWakeUpAndThroughputTest.class);
    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final String TYPE = "nl.nazorg.test.ordering.v1";

    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Inject
    RelayProducerFactory producers;

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Test
    void theCommitNotificationWakesTheRelayWithoutWaitingForASweep() {
        String key = "wake-" + UUID.randomUUID();
        // A relay whose sweep would come only in an hour: only the commit notification can make it publish.
        RelaySettings noSweep = new RelaySettings(5000, Duration.ofHours(1), Duration.ofSeconds(30), TIMEOUT);
        publisher.pause();
        try (OutboxRelay relay = new OutboxRelay(pool, producers, noSweep).start();
             CommitNotifications notifications = new CommitNotifications(vertx, pool, relay::wakeUp);
             TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
            notifications.start();
            await().atMost(TIMEOUT).until(() -> TestDatabase.count(
                    "SELECT count(*) FROM pg_stat_activity WHERE query = 'LISTEN nazorg_outbox'") >= 2);

            OnVertx.await(() -> Panache.withTransaction(() -> outbox.append(TestTopics.ORDERING, key, TYPE, key,
                    "tenant-a", "woken")));

            await().atMost(TIMEOUT).until(() -> topic.poll(r -> key.equals(r.key())).size() == 1);
        } finally {
            publisher.resume();
        }
    }

    @Test
    void aBacklogOfTwentyThousandRowsIsPublishedInBatches() {
        String prefix = "bulk-" + UUID.randomUUID() + "-";
        int events = 20_000;
        int perTransaction = 5_000;
        publisher.pause();
        long appending = System.nanoTime();
        try {
            for (int start = 0; start < events; start += perTransaction) {
                List<OutboxEvent> batch = new ArrayList<>(perTransaction);
                for (int i = start; i < start + perTransaction; i++) {
                    String key = prefix + (i % 1000);
                    batch.add(OutboxEvent.of(TestTopics.ORDERING, key, TYPE, key, "tenant-a",
                            new Figures(i, "loan part " + i)));
                }
                OnVertx.await(() -> Panache.withTransaction(() -> outbox.appendAll(batch)));
            }
            LOG.infof("appended %d rows in %.2f s", events, (System.nanoTime() - appending) / 1e9);
            assertThat(TestDatabase.count("SELECT count(*) FROM nazorg_outbox WHERE kafka_key LIKE ?",
                    prefix + "%")).isEqualTo(events);
        } finally {
            publisher.resume();
        }
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM nazorg_outbox WHERE kafka_key LIKE ?", prefix + "%") == 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("relay published %d rows in %.2f s (%.0f rows/s)", events, seconds, events / seconds);

        try (TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
            assertThat(topic.readToEnd()).filteredOn(r -> r.key().startsWith(prefix)).hasSize(events);
        }
    }

    /** A payload of a realistic shape. */
    record Figures(int number, String description) {
    }
}
