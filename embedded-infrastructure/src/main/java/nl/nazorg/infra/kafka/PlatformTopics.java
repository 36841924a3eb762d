package nl.nazorg.infra.kafka;

import java.util.List;
import java.util.stream.Stream;

import nl.nazorg.events.Topics;

/**
 * The platform's topics as the infrastructure provisions them: the names and cleanup policies of the public contract
 * ({@link Topics}, DESIGN.md §2) and a dead-letter topic for every consumer group and topic it reads. The services
 * create no topic themselves. Event and dead-letter topics keep Kafka's default retention of seven days.
 */
public final class PlatformTopics {

    public static final String CLIENT_PROFILES = Topics.CLIENT_PROFILES;
    public static final String PORTFOLIOS = Topics.PORTFOLIOS;
    public static final String MARKET_RATES = Topics.MARKET_RATES;
    public static final String SIGNALS = Topics.SIGNALS;
    public static final String CAMPAIGN_EVENTS = Topics.CAMPAIGN_EVENTS;
    public static final String SURVEY_RESPONSES = Topics.SURVEY_RESPONSES;
    public static final String PROFILE_CHANGE_REQUESTS = Topics.PROFILE_CHANGE_REQUESTS;

    /** Partitions per platform topic when nothing else is configured. */
    public static final int DEFAULT_PARTITIONS = 3;

    private PlatformTopics() {
    }

    /**
     * Every platform topic with the given number of partitions: state topics compacted, event topics not, then the
     * dead-letter topics (as many partitions as their source, deleted after the retention).
     */
    public static List<TopicDefinition> all(int partitions) {
        Stream<TopicDefinition> contract = Topics.ALL.stream()
                .map(topic -> Topics.isCompacted(topic)
                        ? TopicDefinition.compacted(topic, partitions)
                        : TopicDefinition.retained(topic, partitions));
        Stream<TopicDefinition> deadLetters = Topics.deadLetterTopics().stream()
                .map(topic -> TopicDefinition.retained(topic, partitions));
        return Stream.concat(contract, deadLetters).toList();
    }

    /** The name of the dead-letter topic of one consumer group: {@code <topic>.dlq.<group>}. */
    public static String deadLetterTopic(String topic, String consumerGroup) {
        return Topics.deadLetter(topic, consumerGroup);
    }
}
