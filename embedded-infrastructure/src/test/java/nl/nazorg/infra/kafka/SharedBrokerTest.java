package nl.nazorg.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.nazorg.events.Topics;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * The broker of the shared test infrastructure: a real KRaft broker with the platform topics.
 */
class SharedBrokerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static Admin admin;

    @BeforeAll
    static void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers()));
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    @Test
    void aKeyedRecordIsProducedAndConsumed() throws Exception {
        String clientId = "client-" + UUID.randomUUID();
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = producer()) {
            written = producer.send(new ProducerRecord<>(PlatformTopics.CLIENT_PROFILES, clientId, "{\"name\":\"Jansen\"}")).get();
        }

        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(PlatformTopics.CLIENT_PROFILES));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(record -> clientId.equals(record.key()));
            });
            ConsumerRecord<String, String> record = seen.stream().filter(r -> clientId.equals(r.key())).findFirst().orElseThrow();
            assertThat(record.value()).isEqualTo("{\"name\":\"Jansen\"}");
            assertThat(record.partition()).isEqualTo(written.partition());
        }
    }

    @Test
    void statefulTopicsAreCompactedAndEventAndDeadLetterTopicsAreNot() throws Exception {
        Map<String, String> policies = new HashMap<>(
                cleanupPolicies(PlatformTopics.all(1).stream().map(TopicDefinition::name).toList()));

        assertThat(Topics.deadLetterTopics()).allSatisfy(topic -> assertThat(policies).containsEntry(topic, "delete"));
        Topics.deadLetterTopics().forEach(policies::remove);
        assertThat(policies).containsExactlyInAnyOrderEntriesOf(Map.of(
                "client-profiles.v1", "compact",
                "portfolios.v1", "compact",
                "market-rates.v1", "compact",
                "signals.v1", "delete",
                "campaign-events.v1", "delete",
                "survey-responses.v1", "delete",
                "profile-change-requests.v1", "delete"));
    }

    @Test
    void platformTopicsHaveThreePartitionsWithALeader() throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(
                PlatformTopics.all(1).stream().map(TopicDefinition::name).toList()).allTopicNames().get();

        assertThat(topics.values()).allSatisfy(topic -> {
            assertThat(topic.partitions()).hasSize(PlatformTopics.DEFAULT_PARTITIONS);
            assertThat(topic.partitions()).allSatisfy(partition -> assertThat(partition.leader()).isNotNull());
        });
    }

    @Test
    void deadLetterTopicsAreCreatedOnDemandAndCreatingTwiceIsHarmless() throws Exception {
        TopicDefinition deadLetter = TopicDefinition.deadLetter(PlatformTopics.SIGNALS, "campaign-service-" + UUID.randomUUID(), 1);

        NazorgTestInfrastructure.createTopics(deadLetter);
        NazorgTestInfrastructure.createTopics(deadLetter);

        assertThat(deadLetter.name()).startsWith("signals.v1.dlq.campaign-service-");
        assertThat(cleanupPolicies(List.of(deadLetter.name()))).containsEntry(deadLetter.name(), "delete");
        try (KafkaProducer<String, String> producer = producer()) {
            assertThat(producer.send(new ProducerRecord<>(deadLetter.name(), "c-1", "not json")).get().offset()).isZero();
        }
    }

    @Test
    void topicsAreNotCreatedByAccident() throws Exception {
        String typo = "signal.v1-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1500"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(typo, "k", "v")).get())
                    .hasMessageContaining("not present in metadata");
        }
        assertThat(admin.listTopics().names().get()).doesNotContain(typo);
    }

    private static Map<String, String> cleanupPolicies(List<String> topics) throws Exception {
        Set<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
                .collect(Collectors.toSet());
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
        return configs.entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().name(),
                entry -> entry.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));
    }

    private static KafkaProducer<String, String> producer() {
        return producer(Map.of());
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"));
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
