package nl.nazorg.messaging.outbox;

import static nl.nazorg.messaging.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
class OutboxTransactionTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();

    @Inject
    ClientService clients;

    @Inject
    Outbox outbox;

    @Test
    void theEventIsWrittenWithTheChangeAndPublishedWithKeyHeadersAndPayload() {
        String clientId = "client-" + UUID.randomUUID();

        OnVertx.await(() -> clients.rename("tenant-a", clientId, "De Vries"));

        List<TestDatabase.Row> rows = TestDatabase.outboxRows(clientId);
        assertThat(rows).hasSize(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM test_client WHERE id = ? AND name = 'De Vries'", clientId))
                .isEqualTo(1);
        try (TopicReader topic = new TopicReader(TestTopics.CLIENTS)) {
            ConsumerRecord<String, String> record = await().atMost(TIMEOUT)
                    .until(() -> topic.poll(r -> clientId.equals(r.key())), found -> found.size() == 1).get(0);

            assertThat(header(record, "ce_id")).isEqualTo(rows.get(0).ceId());
            assertThat(header(record, "ce_type")).isEqualTo(TestTopics.CLIENT_RENAMED);
            assertThat(header(record, "ce_source")).isEqualTo("/nazorg/reliable-messaging-test");
            assertThat(header(record, "ce_subject")).isEqualTo(clientId);
            assertThat(header(record, "ce_tenantid")).isEqualTo("tenant-a");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(record.value()).isEqualTo("{\"clientId\":\"" + clientId
                    + "\",\"tenantId\":\"tenant-a\",\"name\":\"De Vries\",\"version\":1}");
        }
        await().atMost(TIMEOUT).until(() -> TestDatabase.outboxRows(clientId).get(0).published());
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndPublishesNothing() {
        String rolledBack = "client-" + UUID.randomUUID();
        String committedAfter = "client-" + UUID.randomUUID();

        assertThatThrownBy(() -> OnVertx.await(() -> clients.renameThenFail("tenant-a", rolledBack, "Bakker")))
                .hasMessageContaining("business rule broken");
        OnVertx.await(() -> clients.rename("tenant-a", committedAfter, "Visser"));

        assertThat(TestDatabase.outboxRows(rolledBack)).isEmpty();
        assertThat(TestDatabase.count("SELECT count(*) FROM test_client WHERE id = ?", rolledBack)).isZero();
        // Once the later commit is published, everything before it in the outbox is on the broker too.
        await().atMost(TIMEOUT).until(() -> TestDatabase.outboxRows(committedAfter).get(0).published());
        try (TopicReader topic = new TopicReader(TestTopics.CLIENTS)) {
            List<ConsumerRecord<String, String>> all = topic.readToEnd();
            assertThat(all).anyMatch(r -> committedAfter.equals(r.key()));
            assertThat(all).noneMatch(r -> rolledBack.equals(r.key()));
        }
    }

    @Test
    void aNullPayloadIsPublishedAsATombstoneWithItsHeaders() {
        String clientId = "erased-" + UUID.randomUUID();

        OnVertx.await(() -> Panache.withTransaction(() -> outbox.append(TestTopics.CLIENTS, clientId,
                "nl.nazorg.test.client.erased.v1", clientId, "tenant-a", null)));

        try (TopicReader topic = new TopicReader(TestTopics.CLIENTS)) {
            ConsumerRecord<String, String> record = await().atMost(TIMEOUT)
                    .until(() -> topic.poll(r -> clientId.equals(r.key())), found -> found.size() == 1).get(0);
            assertThat(record.value()).isNull();
            assertThat(header(record, "ce_type")).isEqualTo("nl.nazorg.test.client.erased.v1");
            assertThat(header(record, "ce_tenantid")).isEqualTo("tenant-a");
        }
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> OnVertx.await(() -> Panache.withSession(
                () -> outbox.append(TestTopics.CLIENTS, "k", TestTopics.CLIENT_RENAMED, "k", "tenant-a", "x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs the caller's transaction");
    }
}
