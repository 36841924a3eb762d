package nl.nazorg.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import nl.nazorg.infra.kafka.PlatformTopics;

/**
 * The launcher's case: a persistent data directory that keeps Kafka records and PostgreSQL rows across restarts.
 */
class RestartTest {

    private static final Path DIRECTORY = Path.of("target", "test-infrastructure", "restart");

    @Test
    void aRestartOnTheSameDirectoryKeepsRecordsAndRowsAndDoesNotReformat() throws Exception {
        InfrastructureSettings first = InfrastructureSettings.forTests(DIRECTORY);
        String clientId = "client-" + UUID.randomUUID();
        String clusterId;
        try (LocalInfrastructure infrastructure = startUnderAForeignContextClassLoader(first)) {
            assertThat(infrastructure.kafkaStorageFormatted()).isTrue();
            clusterId = infrastructure.kafkaClusterId();
            try (KafkaProducer<String, String> producer = producer(infrastructure.kafkaBootstrapServers())) {
                producer.send(new ProducerRecord<>(PlatformTopics.PORTFOLIOS, clientId, "{\"mortgages\":[]}")).get();
            }
            execute(infrastructure, "CREATE TABLE client (id text PRIMARY KEY, name text)",
                    "INSERT INTO client VALUES ('" + clientId + "', 'de Vries')");

            assertThatThrownBy(() -> LocalInfrastructure.start(first))
                    .hasMessageContaining("in use by another running infrastructure");
        }

        // Other ports this time (the controller's too): the stored cluster must not care.
        InfrastructureSettings again = first.withWipeOnStart(false);
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(again)) {
            assertThat(infrastructure.kafkaStorageFormatted()).isFalse();
            assertThat(infrastructure.kafkaClusterId()).isEqualTo(clusterId);
            assertThat(readKeys(infrastructure.kafkaBootstrapServers())).contains(clientId);
            try (Connection connection = infrastructure.dataSource("client").getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT name FROM client WHERE id = '" + clientId + "'")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("de Vries");
            }
        }
    }

    /**
     * A Quarkus test starts the infrastructure with its application's class loader (another copy of Kafka) as the
     * context class loader; the broker must not pick its classes from there.
     */
    private static LocalInfrastructure startUnderAForeignContextClassLoader(InfrastructureSettings settings) throws Exception {
        URL[] classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader foreign = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(foreign);
            return LocalInfrastructure.start(settings);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void execute(LocalInfrastructure infrastructure, String... statements) throws Exception {
        try (Connection connection = infrastructure.dataSource("client").getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> readKeys(String bootstrapServers) {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(PlatformTopics.PORTFOLIOS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
                return !keys.isEmpty();
            });
        }
        return keys;
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }
}
