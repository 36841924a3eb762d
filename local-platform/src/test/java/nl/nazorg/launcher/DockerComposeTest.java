package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.events.Topics;
import nl.nazorg.infra.ConnectionSettings;
import nl.nazorg.infra.postgres.PostgresServer;
import nl.nazorg.security.AdviserClaims;
import nl.nazorg.security.PlatformOperator;
import nl.nazorg.security.Roles;

/**
 * No Docker engine runs here, so docker-compose.yml is checked as data: every service gets every setting the
 * launcher gives it (the same keys), waits for healthy dependencies, and the topics are the contract's; no secret has
 * a default, health and metrics are not published, and Keycloak imports a production realm.
 */
class DockerComposeTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");
    private static final Path DOCKERFILE = Path.of("..", "deploy", "Dockerfile.jvm");
    private static final Path REALM_FILE = Path.of("..", "deploy", "keycloak", "nazorg-realm.json");
    /** The platform operator's market-rate feed: a service account (adviser-security README, "Platform tokens"). */
    private static final String RATE_FEED_CLIENT = "nazorg-rate-feed";

    @Test
    void everyServiceHasEveryConnectionSettingTheLauncherGivesIt() throws IOException {
        Map<String, Object> services = section(compose(), "services");
        for (PlatformService service : PlatformService.ALL) {
            Map<String, Object> definition = section(services, service.name());
            Map<String, Object> environment = section(definition, "environment");

            assertThat(environment.keySet()).as(service.name()).containsAll(launcherEnvironmentNames(service));
            assertThat(environment.get("QUARKUS_DATASOURCE_REACTIVE_URL")).as(service.name())
                    .asString().endsWith("/" + service.database());
            assertThat(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).as(service.name())
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + service.database());
            assertThat(String.valueOf(environment.get("KAFKA_BOOTSTRAP_SERVERS"))).isEqualTo("kafka:9092");
        }
    }

    @Test
    void everyServiceRunsOnThePlatformsJdkWithTheLaunchersJvmOptions() throws IOException {
        assertThat(Files.readString(DOCKERFILE)).contains("FROM registry.access.redhat.com/ubi9/openjdk-"
                + JavaRuntime.PLATFORM_FEATURE + "-runtime:");
        Map<String, Object> services = section(compose(), "services");
        for (PlatformService service : PlatformService.ALL) {
            Map<String, Object> environment = section(section(services, service.name()), "environment");

            assertThat(List.of(String.valueOf(environment.get("JAVA_OPTS_APPEND")).split(" "))).as(service.name())
                    .containsSubsequence(ServiceJvmOptions.of(service, JavaRuntime.PLATFORM_FEATURE));
            ServiceJvmOptions.ENVIRONMENT.forEach((name, value) ->
                    assertThat(environment).as(service.name()).containsEntry(name, value));
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
    void createsEveryContractAndDeadLetterTopicWithItsCleanupPolicy() throws IOException {
        String command = String.valueOf(section(section(compose(), "services"), "kafka-topics").get("command"));
        for (String topic : Topics.ALL) {
            assertThat(command).contains(topic);
        }
        String compactLoop = command.substring(0, command.indexOf("cleanup.policy=compact"));
        for (String deadLetter : Topics.deadLetterTopics()) {
            assertThat(command).contains(deadLetter);
            assertThat(compactLoop).doesNotContain(deadLetter);
        }
        for (String compacted : Topics.COMPACTED) {
            assertThat(command).containsPattern("for t in [^;]*" + compacted.replace(".", "\\.")
                    + "[^;]*;\\s*do[^\\n]*\\n[^\\n]*cleanup\\.policy=compact");
        }
    }

    @Test
    void refusesToStartWithoutEverySecret() throws IOException {
        String text = Files.readString(COMPOSE_FILE);
        Matcher interpolation = Pattern.compile("\\$\\{([A-Za-z0-9_]+)([^}]*)}").matcher(text);
        int secrets = 0;
        while (interpolation.find()) {
            if (interpolation.group(1).matches(".*(SECRET|PASSWORD).*")) {
                secrets++;
                // ${VAR:?message}: compose stops with the message when VAR is unset or empty; no ${VAR:-default}.
                assertThat(interpolation.group(2)).as(interpolation.group(1)).startsWith(":?");
            }
        }
        assertThat(secrets).isGreaterThanOrEqualTo(10);
        assertThat(text).doesNotContain("change-me");
        Map<String, Object> services = section(compose(), "services");
        for (PlatformService service : PlatformService.ALL) {
            Map<String, Object> environment = section(section(services, service.name()), "environment");
            assertThat(String.valueOf(environment.get("QUARKUS_DATASOURCE_PASSWORD"))).as(service.name())
                    .startsWith("${NAZORG_DB_PASSWORD_");
            assertThat(String.valueOf(environment.get("NAZORG_CAMPAIGN_LINK_SECRET"))).startsWith("${");
            assertThat(String.valueOf(environment.get("NAZORG_SURVEY_LINK_SECRET"))).startsWith("${");
        }
        assertThat(String.valueOf(section(section(services, "postgres"), "environment").get("POSTGRES_PASSWORD")))
                .startsWith("${");
    }

    @Test
    void postgresRunsWithTheEmbeddedInstancesSettingsForBulkWork() throws IOException {
        Object command = section(section(compose(), "services"), "postgres").get("command");
        assertThat(command).asList().first().isEqualTo("postgres");
        PostgresServer.BULK_SETTINGS.forEach((name, value) ->
                assertThat(command).asList().as(name).contains(name + "=" + value));
    }

    @Test
    void healthAndMetricsStayOnTheUnpublishedManagementPort() throws IOException {
        Map<String, Object> services = section(compose(), "services");
        for (PlatformService service : PlatformService.ALL) {
            Map<String, Object> definition = section(services, service.name());
            assertThat(String.valueOf(section(definition, "environment").get("QUARKUS_MANAGEMENT_PORT"))).isEqualTo("9000");
            assertThat(String.valueOf(section(definition, "healthcheck").get("test"))).contains("localhost:9000/q/health");
            assertThat(String.valueOf(definition.get("ports"))).as(service.name()).endsWith(":8080]")
                    .doesNotContain("9000");
        }
    }

    @Test
    void keycloakRunsInProductionModeWithTheRealmsAdviserAndAdmin() throws IOException {
        Map<String, Object> keycloak = section(section(compose(), "services"), "keycloak");
        assertThat(String.valueOf(keycloak.get("command"))).startsWith("[start,").doesNotContain("start-dev");
        assertThat(String.valueOf(section(keycloak, "environment").get("KC_BOOTSTRAP_ADMIN_PASSWORD"))).startsWith("${");
        assertThat(section(section(compose(), "services"), "client-service").get("environment"))
                .asString().contains("MP_JWT_VERIFY_AUDIENCES=" + AdviserClaims.API_AUDIENCE);

        JsonNode realm = realm();
        Map<String, JsonNode> users = new HashMap<>();
        people(realm).forEach(user -> users.put(user.get("username").asText(), user));
        assertThat(users).containsOnlyKeys("adviser", "firm-admin");
        assertThat(users.get("adviser").get("realmRoles")).extracting(JsonNode::asText).containsExactly("adviser");
        assertThat(users.get("firm-admin").get("realmRoles")).extracting(JsonNode::asText).contains("admin");
        users.values().forEach(user -> assertThat(user.get("credentials").get(0).get("value").asText())
                .as(user.get("username").asText()).matches("\\$\\{NAZORG_[A-Z_]+}"));
        String mappers = realm.get("clients").get(0).get("protocolMappers").toString();
        assertThat(mappers).contains("oidc-audience-mapper", "\"included.custom.audience\":\"" + AdviserClaims.API_AUDIENCE + "\"",
                "\"claim.name\":\"tenant_id\"", "\"claim.name\":\"groups\"");
    }

    @Test
    void onlyTheRateFeedsServiceAccountHoldsThePlatformRole() throws IOException {
        JsonNode realm = realm();
        JsonNode feed = client(realm, RATE_FEED_CLIENT);
        assertThat(feed.get("publicClient").asBoolean()).isFalse();
        assertThat(feed.get("serviceAccountsEnabled").asBoolean()).isTrue();
        for (String flow : List.of("standardFlowEnabled", "implicitFlowEnabled", "directAccessGrantsEnabled")) {
            assertThat(feed.get(flow).asBoolean()).as(flow).isFalse();
        }
        assertThat(feed.get("secret").asText()).matches("\\$\\{NAZORG_[A-Z_]+}");
        assertThat(String.valueOf(section(section(section(compose(), "services"), "keycloak"), "environment")
                .get(feed.get("secret").asText().replaceAll("[${}]", "")))).startsWith("${");

        assertThat(mapper(feed, "oidc-hardcoded-claim-mapper"))
                .containsEntry("claim.name", "tenant_id").containsEntry("claim.value", PlatformOperator.TENANT);
        assertThat(mapper(feed, "oidc-usermodel-client-role-mapper")).containsEntry("claim.name", "groups")
                .containsEntry("usermodel.clientRoleMapping.clientId", RATE_FEED_CLIENT);
        assertThat(mapper(feed, "oidc-audience-mapper"))
                .containsEntry("included.custom.audience", AdviserClaims.API_AUDIENCE);
        assertThat(realm.path("roles").path("client").path(RATE_FEED_CLIENT).findValuesAsText("name"))
                .containsExactly(Roles.PLATFORM_RATES);

        assertThat(users(realm, user -> user.has("serviceAccountClientId"))).singleElement().satisfies(account -> {
            assertThat(account.get("serviceAccountClientId").asText()).isEqualTo(RATE_FEED_CLIENT);
            assertThat(account.path("clientRoles").path(RATE_FEED_CLIENT)).extracting(JsonNode::asText)
                    .containsExactly(Roles.PLATFORM_RATES);
        });
        // No person, group, realm role (default or composite) carries it, and no other client maps its roles.
        people(realm).forEach(user -> assertThat(user.toString()).as(user.get("username").asText())
                .doesNotContain(Roles.PLATFORM_RATES));
        assertThat(realm.path("groups").toString()).doesNotContain(Roles.PLATFORM_RATES);
        assertThat(realm.path("defaultRole").toString()).doesNotContain(Roles.PLATFORM_RATES);
        assertThat(realm.path("roles").path("realm").toString()).doesNotContain(Roles.PLATFORM_RATES);
        realm.get("clients").forEach(other -> {
            if (!RATE_FEED_CLIENT.equals(other.get("clientId").asText())) {
                assertThat(other.path("protocolMappers").toString()).as(other.get("clientId").asText())
                        .doesNotContain(RATE_FEED_CLIENT);
            }
        });
    }

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(REALM_FILE.toFile());
    }

    /** The realm's users that are people, not a client's service account. */
    private static List<JsonNode> people(JsonNode realm) {
        return users(realm, user -> !user.has("serviceAccountClientId"));
    }

    private static List<JsonNode> users(JsonNode realm, Predicate<JsonNode> which) {
        List<JsonNode> users = new ArrayList<>();
        realm.get("users").forEach(user -> {
            if (which.test(user)) {
                users.add(user);
            }
        });
        return users;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (clientId.equals(client.get("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId + " in " + REALM_FILE);
    }

    /** The config of the client's one protocol mapper of that type, as text values. */
    private static Map<String, String> mapper(JsonNode client, String type) {
        Map<String, String> config = new HashMap<>();
        int found = 0;
        for (JsonNode mapper : client.get("protocolMappers")) {
            if (type.equals(mapper.get("protocolMapper").asText())) {
                found++;
                mapper.get("config").properties().forEach(entry -> config.put(entry.getKey(), entry.getValue().asText()));
            }
        }
        assertThat(found).as(client.get("clientId").asText() + " " + type).isEqualTo(1);
        return config;
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
