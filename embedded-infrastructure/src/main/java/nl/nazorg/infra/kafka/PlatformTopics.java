package nl.nazorg.infra.kafka;

import java.util.List;

import nl.nazorg.events.Topics;

/**
 * The platform's topics as the infrastructure creates them: the names and cleanup policies of the public contract
 * ({@link Topics}, DESIGN.md §2). Event topics keep Kafka's default retention of seven days.
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

    /** Every platform topic with the given number of partitions: state topics compacted, event topics not. */
    public static List<TopicDefinition> all(int partitions) {
        return Topics.ALL.stream()
                .map(topic -> Topics.isCompacted(topic)
                        ? TopicDefinition.compacted(topic, partitions)
                        : TopicDefinition.retained(topic, partitions))
                .toList();
    }

    /** The name of the dead-letter topic of one consumer group: {@code <topic>.dlq.<group>}. */
    public static String deadLetterTopic(String topic, String consumerGroup) {
        return Topics.deadLetter(topic, consumerGroup);
    }
}
