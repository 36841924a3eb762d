package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import nl.nazorg.events.Topics;
import nl.nazorg.infra.ConnectionSettings;

/**
 * No Docker engine runs here, so docker-compose.yml is checked as data: every service gets every setting the
 * launcher gives it (the same keys), waits for healthy dependencies, and the topics are the contract's.
 */
class DockerComposeTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");

    @Test
    void everyServiceHasEveryConnectionSettingTheLauncherGivesIt() throws IOException {
        Map<String, Object> services = section(compose(), "services");
        for (PlatformService service : PlatformService.ALL) {
            Map<String, Object> definition = section(services, service.name());
            Map<String, Object> environment = section(definition, "environment");

            assertThat(environment.keySet()).as(service.name()).containsAll(launcherEnvironmentNames(service));
            assertThat(environment.get("QUARKUS_DATASOURCE_REACTIVE_URL")).as(service.name())
                    .asString().endsWith("/" + service.database());
            assertThat(String.valueOf(environment.get("KAFKA_BOOTSTRAP_SERVERS"))).isEqualTo("kafka:9092");
        }
    }

    @Test
    void servicesStartOnlyWhenTheirDependenciesAreHealthy() throws IOException {
        Map<String, Object> services = section(compose(), "services");
        for (PlatformService service : PlatformService.ALL) {
            Map<String, Object> dependsOn = section(section(services, service.name()), "depends_on");
            assertThat(dependsOn.keySet()).as(service.name()).contains("kafka", "postgres", "mailcatcher", "keycloak");
            for (String infrastructure : Set.of("kafka", "postgres", "mailcatcher", "keycloak")) {
                assertThat(section(dependsOn, infrastructure)).containsEntry("condition", "service_healthy");
                assertThat(section(services, infrastructure)).containsKey("healthcheck");
            }
            assertThat(section(services, service.name())).containsKey("healthcheck");
        }
    }

    @Test
    void createsEveryContractTopicWithItsCleanupPolicy() throws IOException {
        String command = String.valueOf(section(section(compose(), "services"), "kafka-topics").get("command"));
        for (String topic : Topics.ALL) {
            assertThat(command).contains(topic);
        }
        for (String compacted : Topics.COMPACTED) {
            assertThat(command).containsPattern("for t in [^;]*" + compacted.replace(".", "\\.")
                    + "[^;]*;\\s*do[^\\n]*\\n[^\\n]*cleanup\\.policy=compact");
        }
    }

    private static Set<String> launcherEnvironmentNames(PlatformService service) {
        ServiceConfiguration launcher = new ServiceConfiguration(
                new ConnectionSettings("kafka:9092", 5432, 1025, "noreply@nazorg.test"), "issuer", "file:key.pem",
                PlatformSecrets.random(), PlatformService.ALL);
        return launcher.forService(service).keySet().stream().map(ServiceProcess::environmentName)
                .collect(Collectors.toSet());
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE_FILE)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        assertThat(parent).as("docker-compose.yml section").containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
