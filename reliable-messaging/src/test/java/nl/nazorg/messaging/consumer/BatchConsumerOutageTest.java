package nl.nazorg.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.BatchClients;
import nl.nazorg.messaging.support.RawProducer;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.testapp.TestTopics;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class BatchConsumerOutageTest {

    /** Longer than the per-record path's retry budget (10 retries, 100 ms doubling to 5 s: about 26 s). */
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    /** Every connection of the application to the test database, as PostgreSQL going away would end them. */
    private static final String TERMINATE_APPLICATION = """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = 'client' AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND application_name NOT LIKE 'PostgreSQL JDBC%'""";

    private final RawProducer producer = new RawProducer();

    private static final String CONSUMER = PassingFailures.consumer(TestTopics.BATCH_GROUP, TestTopics.BATCH_CLIENTS);

    @Inject
    PassingFailures passingFailures;

    @Inject
    @Readiness
    WaitingConsumersCheck waitingConsumers;

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void validRecordsArrivingWhileThePostgreSqlIsUnreachableAreAllAppliedAfterwardsAndNoneIsDeadLettered()
            throws Exception {
        BatchClients run = new BatchClients("outage-" + UUID.randomUUID());
        long retriesBefore = passingFailures.retries();
        AtomicLong terminated = new AtomicLong();
        CompletableFuture<Void> outage = CompletableFuture.runAsync(() -> terminateFor(OUTAGE, terminated));
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            records.add(run.renamed(run.key(i), "Client " + i, 1));
        }

        producer.sendAll(records);
        await().atMost(OUTAGE).until(() -> passingFailures.retryingSince(CONSUMER).isPresent());
        assertThat(waitingConsumers.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(waitingConsumers.call().getData().orElseThrow()).containsKey(CONSUMER);
        outage.get();

        await().atMost(NazorgTestInfrastructure.defaultTimeout()).until(() -> run.stored() == 200);
        assertThat(terminated.get()).isPositive();
        assertThat(passingFailures.retries()).isGreaterThan(retriesBefore);
        assertThat(run.writes()).isEqualTo(200);
        assertThat(run.appended()).isEqualTo(200);
        assertThat(run.deadLetters()).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> passingFailures.retryingSince(CONSUMER).isEmpty());
        assertThat(waitingConsumers.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        // The relay, paused by the same outage, is back too (and the tests after this one find it running).
        await().atMost(Duration.ofSeconds(45)).until(() -> run.published() == 200);
    }

    /** Ends the application's connections again and again, so every transaction it starts fails, until the end. */
    private static void terminateFor(Duration outage, AtomicLong terminated) {
        long end = System.nanoTime() + outage.toNanos();
        try (Connection connection = NazorgTestInfrastructure.dataSource(TestDatabase.DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() < end) {
                try (var result = statement.executeQuery(TERMINATE_APPLICATION)) {
                    result.next();
                    terminated.addAndGet(result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
