package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.nazorg.events.Topics;

/**
 * The provisioning creates a dead-letter topic for every consumer group and topic in {@link Topics#READ_BY_GROUP}, and
 * no service creates topics: so what each service's application.properties subscribes to must be exactly that list,
 * with the dead-letter topic the provisioning made for it.
 */
class SubscriptionsTest {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.(\"[^\"]+\"|[^.]+)\\.topic");

    @Test
    void everyServiceReadsExactlyTheTopicsTheContractListsForItsGroupWithTheProvisionedDeadLetterTopic()
            throws IOException {
        for (PlatformService service : PlatformService.ALL) {
            Properties properties = applicationProperties(service);
            Map<String, String> deadLetterByTopic = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                Matcher incoming = INCOMING_TOPIC.matcher(key);
                if (incoming.matches()) {
                    String channel = "mp.messaging.incoming." + incoming.group(1);
                    // The connector's default group is the application name (ConsumerGroups finds it the same way).
                    String group = properties.getProperty(channel + ".group.id",
                            properties.getProperty("quarkus.application.name"));
                    assertThat(group).as(channel + " of " + service.name()).isEqualTo(service.name());
                    deadLetterByTopic.put(properties.getProperty(key),
                            properties.getProperty(channel + ".dead-letter-queue.topic"));
                }
            }

            List<String> read = Topics.READ_BY_GROUP.get(service.name());
            assertThat(deadLetterByTopic.keySet()).as(service.name()).containsExactlyInAnyOrderElementsOf(read);
            assertThat(deadLetterByTopic).as(service.name()).allSatisfy((topic, deadLetter) -> assertThat(deadLetter)
                    .isEqualTo(Topics.deadLetter(topic, service.name())).isIn(Topics.deadLetterTopics()));
        }
    }

    private static Properties applicationProperties(PlatformService service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("..", service.name(), "src", "main", "resources", "application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
