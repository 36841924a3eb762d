package nl.nazorg.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.config.MessagingConfig;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.support.TopicReader;
import nl.nazorg.messaging.testapp.TestTopics;

/** Events published straight to Kafka: in order, with the outbox's headers, acknowledged before publish returns. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class DirectPublicationTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final String TYPE = "nl.nazorg.test.clicked.v1";

    @Inject
    DirectPublication publication;

    @Inject
    MessagingConfig config;

    @Test
    void eventsArriveInOrderWithTheirCloudEventsHeadersAndNoOutboxRow() throws InterruptedException {
        String key = "direct-" + UUID.randomUUID();
        List<OutboxEvent> events = IntStream.range(0, 50).mapToObj(i -> OutboxEvent.of(TestTopics.ORDERING, key,
                TYPE, "client-7", "tenant-a", RawJson.of("{\"n\":" + i + "}"))).toList();

        publication.publish(events);

        assertThat(TestDatabase.outboxRows(key)).isEmpty();
        try (TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
            List<ConsumerRecord<String, String>> published = await().atMost(TIMEOUT)
                    .until(() -> topic.poll(r -> key.equals(r.key())), found -> found.size() == events.size());
            assertThat(published).extracting(ConsumerRecord::value)
                    .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "{\"n\":" + i + "}").toList());
            ConsumerRecord<String, String> first = published.get(0);
            assertThat(TopicReader.header(first, CloudEventHeaders.ID)).isEqualTo(events.get(0).id().toString());
            assertThat(TopicReader.header(first, CloudEventHeaders.TYPE)).isEqualTo(TYPE);
            assertThat(TopicReader.header(first, CloudEventHeaders.SOURCE)).isEqualTo(config.outbox().source());
            assertThat(TopicReader.header(first, CloudEventHeaders.SUBJECT)).isEqualTo("client-7");
            assertThat(TopicReader.header(first, CloudEventHeaders.TENANT_ID)).isEqualTo("tenant-a");
        }
    }

    @Test
    void anEventTheBrokerWillNeverTakeFailsForGoodAndTheNextPublishStillWorks() throws InterruptedException {
        String key = "direct-too-large-" + UUID.randomUUID();
        String tooLarge = "{\"x\":\"" + "x".repeat(2_000_000) + "\"}";
        List<OutboxEvent> refused = List.of(OutboxEvent.of(TestTopics.ORDERING, key, TYPE, key, "tenant-a",
                RawJson.of(tooLarge)));

        assertThatThrownBy(() -> publication.publish(refused))
                .isInstanceOf(DirectPublication.PublicationFailedException.class)
                .satisfies(failure -> assertThat(DirectPublication.isPermanent(failure)).isTrue());

        publication.publish(List.of(OutboxEvent.of(TestTopics.ORDERING, key, TYPE, key, "tenant-a",
                RawJson.of("{\"after\":true}"))));
        try (TopicReader topic = new TopicReader(TestTopics.ORDERING)) {
            assertThat(await().atMost(TIMEOUT).until(() -> topic.poll(r -> key.equals(r.key())),
                    found -> !found.isEmpty())).extracting(ConsumerRecord::value).containsExactly("{\"after\":true}");
        }
    }
}
