package nl.nazorg.infra.kafka;

import nl.nazorg.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicDefinitionTest {

    @Test
    void deadLetterTopicsFollowTheDesignsNaming() {
        TopicDefinition deadLetter = TopicDefinition.deadLetter("portfolios.v1", "portfolio-signal-service", 3);

        assertThat(deadLetter.name()).isEqualTo("portfolios.v1.dlq.portfolio-signal-service");
        assertThat(deadLetter.cleanupPolicy()).isEqualTo(CleanupPolicy.DELETE);
        assertThat(deadLetter.partitions()).isEqualTo(3);
    }

    @Test
    void platformTopicsUseTheRequestedPartitions() {
        assertThat(PlatformTopics.all(5)).hasSize(Topics.ALL.size() + Topics.deadLetterTopics().size())
                .allSatisfy(topic -> assertThat(topic.partitions()).isEqualTo(5));
        assertThat(CleanupPolicy.COMPACT.configValue()).isEqualTo("compact");
    }

    @Test
    void illegalNamesAndPartitionCountsAreRefusedBeforeTheBrokerIsAsked() {
        assertThatThrownBy(() -> TopicDefinition.retained("signals v1", 3)).hasMessageContaining("Not a legal Kafka topic name");
        assertThatThrownBy(() -> TopicDefinition.retained("..", 3)).hasMessageContaining("Not a legal Kafka topic name");
        assertThatThrownBy(() -> TopicDefinition.compacted("x".repeat(250), 3)).hasMessageContaining("Not a legal Kafka topic name");
        assertThatThrownBy(() -> TopicDefinition.compacted("client-profiles.v1", 0)).hasMessageContaining("at least one partition");
    }
}
