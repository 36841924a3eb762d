package nl.nazorg.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RelayProducerFactoryTest {

    @Test
    void theProducerIsIdempotentAndWaitsForAllReplicas() {
        Map<String, Object> properties = RelayProducerFactory.properties(
                Map.of("bootstrap.servers", "localhost:9092", "enable.idempotence", "false", "acks", "1"), Map.of());

        assertThat(properties).containsEntry("bootstrap.servers", "localhost:9092")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("acks", "all")
                .containsEntry("max.in.flight.requests.per.connection", "5");
    }

    @Test
    void keepsOnlyProducerSettingsOfTheServiceKafkaConfiguration() {
        Map<String, Object> properties = RelayProducerFactory.properties(
                Map.of("bootstrap.servers", "b:1", "group.id", "consumers-only", "security.protocol", "SASL_SSL"),
                Map.of());

        assertThat(properties).doesNotContainKey("group.id").containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void explicitRelaySettingsWin() {
        Map<String, Object> properties = RelayProducerFactory.properties(Map.of("bootstrap.servers", "b:1"),
                Map.of("linger.ms", "20", "compression.type", "zstd"));

        assertThat(properties).containsEntry("linger.ms", "20").containsEntry("compression.type", "zstd");
    }
}
