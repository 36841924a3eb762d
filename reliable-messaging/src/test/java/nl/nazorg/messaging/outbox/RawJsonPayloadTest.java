package nl.nazorg.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.OnVertx;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;
import nl.nazorg.messaging.testapp.TestTopics;

/** A payload that is already JSON is stored and published as it is; an object is written once. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class RawJsonPayloadTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final String TYPE = "nl.nazorg.test.raw.v1";
    /** Spacing, key order, escapes and a number form that any re-writing by Jackson or jsonb would change. */
    private static final String RAW = "{ \"z\" :1.50e0,\"a\":\"caf\\u00e9 \\\"x\\\"\",  \"list\":[ ] ,\"nul\":null}";

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    @Test
    void rawJsonIsPublishedByteForByteFromBothAppendPaths() {
        String viaSession = "raw-session-" + UUID.randomUUID();
        String viaClient = "raw-client-" + UUID.randomUUID();

        OnVertx.await(() -> Panache.withTransaction(() -> outbox.append(TestTopics.ORDERING, viaSession, TYPE,
                viaSession, "tenant-a", RawJson.of(RAW))));
        pool.withTransaction(connection -> outbox.appendAll(connection, List.of(OutboxEvent.of(TestTopics.ORDERING,
                viaClient, TYPE, viaClient, "tenant-a", RawJson.of(RAW))))).await().atMost(TIMEOUT);

        assertThat(TestDatabase.outboxRows(viaSession)).singleElement()
                .satisfies(row -> assertThat(row.payload()).isEqualTo(RAW));
        try (TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
            List<ConsumerRecord<String, String>> published = await().atMost(TIMEOUT).until(
                    () -> topic.poll(r -> r.key().equals(viaSession) || r.key().equals(viaClient)),
                    found -> found.size() == 2);
            assertThat(published).extracting(ConsumerRecord::value).containsOnly(RAW);
        }
    }

    @Test
    void anObjectIsWrittenOnceAsJackson() {
        String key = "object-" + UUID.randomUUID();

        OnVertx.await(() -> Panache.withTransaction(() -> outbox.append(TestTopics.ORDERING, key, TYPE, key,
                "tenant-a", new Figure("quote \" and é", 2))));

        try (TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
            List<ConsumerRecord<String, String>> published = await().atMost(TIMEOUT)
                    .until(() -> topic.poll(r -> key.equals(r.key())), found -> found.size() == 1);
            assertThat(published).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("{\"name\":\"quote \\\" and é\",\"count\":2}"));
        }
    }

    record Figure(String name, int count) {
    }
}
