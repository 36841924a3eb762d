package nl.nazorg.messaging.consumer;

import static nl.nazorg.messaging.support.RawProducer.attributes;
import static nl.nazorg.messaging.support.RawProducer.renamed;
import static nl.nazorg.messaging.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.deadletter.DeadLetterHeaders;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.RawProducer;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;
import nl.nazorg.messaging.testapp.TestTopics;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class IdempotentConsumerTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();

    private final RawProducer producer = new RawProducer();

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void aDuplicateDeliveryHasOneEffect() {
        String clientId = "dup-" + UUID.randomUUID();
        CloudEventAttributes once = attributes(clientId, "tenant-a");

        producer.send(TestTopics.CLIENTS, clientId, once, renamed(clientId, "tenant-a", "Jansen", 1));
        producer.send(TestTopics.CLIENTS, clientId, once, renamed(clientId, "tenant-a", "Jansen", 1));
        // Same key, same partition: once this one is applied, the duplicate before it has been handled.
        producer.send(TestTopics.CLIENTS, clientId, attributes(clientId, "tenant-a"),
                renamed(clientId, "tenant-a", "Jansen-de Boer", 2));

        awaitViewName(clientId, "Jansen-de Boer");
        assertThat(eventsHandled(clientId)).isEqualTo(2);
        assertThat(TestDatabase.count("SELECT count(*) FROM nazorg_processed_event WHERE consumer_group = ? AND ce_id = ?",
                TestTopics.GROUP, once.id())).isEqualTo(1);
    }

    @Test
    void anEffectWhoseConnectionIsLostIsRetriedAndAppliedOnce() {
        String clientId = "retry-" + UUID.randomUUID();
        String name = "lose-connection-" + clientId;
        CloudEventAttributes event = attributes(clientId, "tenant-a");

        producer.send(TestTopics.CLIENTS, clientId, event, renamed(clientId, "tenant-a", name, 1));

        awaitViewName(clientId, name);
        assertThat(eventsHandled(clientId)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM nazorg_processed_event WHERE consumer_group = ? "
                + "AND ce_id = ?", TestTopics.GROUP, event.id())).isEqualTo(1);
        try (TopicReader deadLetters = new TopicReader(TestTopics.CLIENTS_DLQ)) {
            assertThat(deadLetters.readToEnd()).noneMatch(r -> clientId.equals(r.key()));
        }
    }

    @Test
    void anOlderVersionArrivingLateDoesNotOverwriteANewerOne() {
        String clientId = "stale-" + UUID.randomUUID();

        producer.send(TestTopics.CLIENTS, clientId, attributes(clientId, "tenant-a"),
                renamed(clientId, "tenant-a", "Version two", 2));
        producer.send(TestTopics.CLIENTS, clientId, attributes(clientId, "tenant-a"),
                renamed(clientId, "tenant-a", "Version one", 1));

        await().atMost(TIMEOUT).until(() -> eventsHandled(clientId) == 2);
        assertThat(TestDatabase.count("SELECT count(*) FROM test_client_view WHERE client_id = ? "
                + "AND name = 'Version two' AND aggregate_version = 2", clientId)).isEqualTo(1);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheValidOnesAroundItAreProcessed() {
        String clientId = "poison-" + UUID.randomUUID();
        CloudEventAttributes malformed = attributes(clientId, "tenant-a");

        producer.send(TestTopics.CLIENTS, clientId, attributes(clientId, "tenant-a"),
                renamed(clientId, "tenant-a", "Before", 1));
        producer.send(TestTopics.CLIENTS, clientId, malformed, "{\"clientId\": \"" + clientId + "\", \"name\": ");
        producer.send(TestTopics.CLIENTS, clientId, attributes(clientId, "tenant-a"),
                renamed(clientId, "tenant-a", "After", 2));

        awaitViewName(clientId, "After");
        assertThat(eventsHandled(clientId)).isEqualTo(2);
        ConsumerRecord<String, String> dead = awaitDeadLetter(clientId);
        assertThat(header(dead, DeadLetterHeaders.REASON)).startsWith("malformed " + TestTopics.CLIENT_RENAMED);
        assertThat(header(dead, DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo(PoisonRecordException.class.getName());
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(TestTopics.CLIENTS);
        assertThat(header(dead, "ce_id")).isEqualTo(malformed.id());
        assertThat(header(dead, "ce_tenantid")).isEqualTo("tenant-a");
        assertThat(dead.value()).isEqualTo("{\"clientId\": \"" + clientId + "\", \"name\": ");
    }

    @Test
    void anEventWhosePayloadBelongsToAnotherTenantIsDeadLettered() {
        String clientId = "tenant-" + UUID.randomUUID();

        producer.send(TestTopics.CLIENTS, clientId, attributes(clientId, "tenant-a"),
                renamed(clientId, "tenant-b", "Intruder", 1));
        producer.send(TestTopics.CLIENTS, clientId, attributes(clientId, "tenant-a"),
                renamed(clientId, "tenant-a", "Rightful", 2));

        awaitViewName(clientId, "Rightful");
        assertThat(eventsHandled(clientId)).isEqualTo(1);
        assertThat(header(awaitDeadLetter(clientId), DeadLetterHeaders.REASON))
                .isEqualTo("tenant mismatch: ce_tenantid 'tenant-a' but the payload belongs to tenant 'tenant-b'");
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsDeadLettered() {
        String clientId = "headless-" + UUID.randomUUID();

        producer.send(TestTopics.CLIENTS, clientId, null, renamed(clientId, "tenant-a", "Nobody", 1));

        assertThat(header(awaitDeadLetter(clientId), DeadLetterHeaders.REASON))
                .startsWith("invalid CloudEvents headers: missing header ce_");
        assertThat(TestDatabase.count("SELECT count(*) FROM test_client_view WHERE client_id = ?", clientId)).isZero();
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String clientId) {
        try (TopicReader deadLetters = new TopicReader(TestTopics.CLIENTS_DLQ)) {
            return await().atMost(TIMEOUT)
                    .until(() -> deadLetters.poll(r -> clientId.equals(r.key())), found -> found.size() == 1).get(0);
        }
    }

    private static void awaitViewName(String clientId, String name) {
        await().atMost(TIMEOUT).until(() -> TestDatabase.count(
                "SELECT count(*) FROM test_client_view WHERE client_id = ? AND name = ?", clientId, name) == 1);
    }

    private static long eventsHandled(String clientId) {
        return TestDatabase.count("SELECT coalesce(sum(events_handled), 0) FROM test_client_view WHERE client_id = ?",
                clientId);
    }
}
