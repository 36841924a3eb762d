package nl.nazorg.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class InfrastructureSettingsTest {

    @Test
    void theLauncherGetsFixedPortsAndKeepsItsData() {
        InfrastructureSettings local = InfrastructureSettings.local(Path.of(".nazorg"));

        assertThat(List.of(local.kafkaPort(), local.kafkaControllerPort(), local.postgresPort(), local.smtpPort()))
                .containsExactly(9092, 9093, 15432, 2525);
        assertThat(local.wipeOnStart()).isFalse();
        assertThat(local.partitions()).isEqualTo(3);
        assertThat(local.databases()).containsExactly("client", "signal", "campaign", "survey");
        assertThat(local.dataDirectory().isAbsolute()).isTrue();
        assertThat(local.dataDirectory().getFileName()).hasToString(".nazorg");
        assertThat(local.kafkaDirectory()).isEqualTo(local.dataDirectory().resolve("kafka"));
        assertThat(local.postgresBinariesDirectory()).isEqualTo(local.dataDirectory().resolve("postgres").resolve("binaries"));
    }

    @Test
    void testsGetFreePortsAFreshDirectoryAndBinariesThatSurviveTheWipe() {
        InfrastructureSettings tests = InfrastructureSettings.forTests(Path.of("target", "test-infrastructure", "shared"));

        assertThat(List.of(tests.kafkaPort(), tests.kafkaControllerPort(), tests.postgresPort(), tests.smtpPort()))
                .containsOnly(0);
        assertThat(tests.wipeOnStart()).isTrue();
        assertThat(tests.postgresBinariesDirectory().startsWith(tests.dataDirectory())).isFalse();
        assertThat(tests.postgresBinariesDirectory().getFileName()).hasToString("postgres-binaries");
    }

    @Test
    void withersChangeOneThing() {
        InfrastructureSettings settings = InfrastructureSettings.local(Path.of("data"))
                .withPorts(19092, 19093, 25432, 3525)
                .withPartitions(6)
                .withMailbox(50, "nazorg@advies.test");

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.postgresPort()).isEqualTo(25432);
        assertThat(settings.partitions()).isEqualTo(6);
        assertThat(settings.mailboxCapacity()).isEqualTo(50);
        assertThat(settings.mailFrom()).isEqualTo("nazorg@advies.test");
        assertThat(settings.wipeOnStart()).isFalse();
    }

    @Test
    void nonsenseIsRefused() {
        InfrastructureSettings settings = InfrastructureSettings.local(Path.of("data"));

        assertThatThrownBy(() -> settings.withPartitions(0)).hasMessageContaining("partitions");
        assertThatThrownBy(() -> settings.withPorts(70_000, 0, 0, 0)).hasMessageContaining("kafkaPort");
        assertThatThrownBy(() -> settings.withMailbox(0, "a@b.test")).hasMessageContaining("mailboxCapacity");
    }

    @Test
    void connectionSettingsNameTheServiceDatabaseAndItsOwner() {
        ConnectionSettings settings = new ConnectionSettings("localhost:9092", 15432, 2525, "noreply@nazorg.test");

        assertThat(settings.forService("campaign"))
                .containsEntry("kafka.bootstrap.servers", "localhost:9092")
                .containsEntry("quarkus.datasource.reactive.url", "vertx-reactive:postgresql://localhost:15432/campaign")
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:15432/campaign")
                .containsEntry("quarkus.datasource.username", "campaign")
                .containsEntry("quarkus.mailer.port", "2525")
                .doesNotContainKey("quarkus.datasource.db-kind");
        assertThat(settings.jdbcUrl("survey")).isEqualTo("jdbc:postgresql://localhost:15432/survey");
        assertThatThrownBy(() -> settings.forService("client; DROP DATABASE x")).isInstanceOf(IllegalArgumentException.class);
    }
}
