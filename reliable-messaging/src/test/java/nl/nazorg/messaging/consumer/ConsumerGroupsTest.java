package nl.nazorg.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The group a batch channel consumes in, found in the order the Kafka connector uses. */
class ConsumerGroupsTest {

    @Test
    void aServiceWithoutGroupSettingsConsumesInTheGroupNamedAsTheApplication() {
        ConsumerGroups groups = groups(Map.of("quarkus.application.name", "survey-service"));

        assertThat(groups.of("campaign-events.v1")).isEqualTo("survey-service");
        assertThat(groups.of("client-profiles.v1")).isEqualTo("survey-service");
    }

    @Test
    void aChannelsOwnGroupComesFirstThenTheConnectorWideOne() {
        ConsumerGroups groups = groups(Map.of(
                "quarkus.application.name", "survey-service",
                "kafka.group.id", "survey-service-blue",
                "mp.messaging.incoming.\"client-profiles.v1\".group.id", "survey-erasure"));

        assertThat(groups.of("client-profiles.v1")).isEqualTo("survey-erasure");
        assertThat(groups.of("campaign-events.v1")).isEqualTo("survey-service-blue");
    }

    private static ConsumerGroups groups(Map<String, String> properties) {
        return new ConsumerGroups(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build());
    }
}
