package nl.nazorg.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class DeadLetterTopicsTest {

    @Test
    void findsTheDeadLetterTopicOfEveryIncomingChannel() {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "mp.messaging.incoming.\"signals.v1\".dead-letter-queue.topic", "signals.v1.dlq.campaign-service",
                "mp.messaging.incoming.profiles.topic", "client-profiles.v1",
                "mp.messaging.incoming.profiles.dead-letter-queue.topic", "client-profiles.v1.dlq.campaign-service",
                "mp.messaging.incoming.other.failure-strategy", "fail"), "test", 100)).build();

        assertThat(DeadLetterTopics.configured(config)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "signals.v1", "signals.v1.dlq.campaign-service",
                "client-profiles.v1", "client-profiles.v1.dlq.campaign-service"));
    }
}
