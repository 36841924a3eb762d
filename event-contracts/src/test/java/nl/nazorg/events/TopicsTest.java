package nl.nazorg.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void aDeadLetterTopicIsTheTopicThenDlqThenTheGroup() {
        assertThat(Topics.deadLetter(Topics.SIGNALS, "campaign-service")).isEqualTo("signals.v1.dlq.campaign-service");
        assertThat(Topics.isDeadLetter("signals.v1.dlq.campaign-service")).isTrue();
        assertThat(Topics.isDeadLetter(Topics.SIGNALS)).isFalse();
    }

    @Test
    void everyGroupHasADeadLetterTopicForEveryTopicItReadsAndEachNamesItsSource() {
        assertThat(Topics.deadLetterTopics()).hasSize(11).doesNotHaveDuplicates()
                .contains("signals.v1.dlq.campaign-service", "profile-change-requests.v1.dlq.client-service");
        assertThat(Topics.deadLetterTopics()).allSatisfy(topic -> assertThat(Topics.ALL)
                .anyMatch(source -> topic.startsWith(source + ".dlq.")));
        assertThat(Topics.READ_BY_GROUP.values()).allSatisfy(read -> assertThat(Topics.ALL).containsAll(read));
    }

    @Test
    void aDeadLetterTopicNameMustBeLegalForKafka() {
        assertThatThrownBy(() -> Topics.deadLetter(Topics.SIGNALS, "campaign service"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.deadLetter(Topics.SIGNALS, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.deadLetter(Topics.SIGNALS, "g".repeat(240)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.deadLetter(null, "group")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void stateTopicsAreCompactedAndEventTopicsDeleted() {
        assertThat(Topics.COMPACTED).containsExactlyInAnyOrder(Topics.CLIENT_PROFILES, Topics.PORTFOLIOS,
                Topics.MARKET_RATES);
        assertThat(Topics.isCompacted(Topics.SIGNALS)).isFalse();
        assertThat(Topics.isCompacted(Topics.PORTFOLIOS)).isTrue();
    }

    @Test
    void everyTopicIsVersionedAndCarriesAtLeastOneEventType() {
        assertThat(Topics.ALL).hasSize(7).doesNotHaveDuplicates()
                .allSatisfy(topic -> assertThat(topic).endsWith(".v1"))
                .allSatisfy(topic -> assertThat(EventType.onTopic(topic)).isNotEmpty());
    }
}
