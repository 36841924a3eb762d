package nl.nazorg.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of every Nazorg topic (DESIGN.md §2). Constants, so that {@code @Incoming(Topics.SIGNALS)} and tests use
 * the same name as the broker.
 */
public final class Topics {

    /** The full current profile of one client (state-carried, compacted); personal data. Key: clientId. */
    public static final String CLIENT_PROFILES = "client-profiles.v1";

    /** The full current portfolio of one client (state-carried, compacted); holds the home's address. Key: clientId. */
    public static final String PORTFOLIOS = "portfolios.v1";

    /** One lender's current rate table (compacted). Key: lender code. */
    public static final String MARKET_RATES = "market-rates.v1";

    /** SignalRaised, SignalUpdated, SignalResolved. Partner-facing. Key: clientId. */
    public static final String SIGNALS = "signals.v1";

    /** EmailSent, EmailFailed, LinkClicked, Unsubscribed, AdviserTaskCreated. Partner-facing. Key: clientId. */
    public static final String CAMPAIGN_EVENTS = "campaign-events.v1";

    /** SurveyCompleted. Partner-facing. Key: clientId. */
    public static final String SURVEY_RESPONSES = "survey-responses.v1";

    /**
     * Profile changes a client asked for (e.g. a new e-mail address given in a survey): personal data, so not on the
     * partner-facing {@link #SURVEY_RESPONSES}. Read only by client-service. Key: clientId.
     */
    public static final String PROFILE_CHANGE_REQUESTS = "profile-change-requests.v1";

    /** Every platform topic, dead-letter topics excluded. */
    public static final List<String> ALL = List.of(CLIENT_PROFILES, PORTFOLIOS, MARKET_RATES, SIGNALS, CAMPAIGN_EVENTS,
            SURVEY_RESPONSES, PROFILE_CHANGE_REQUESTS);

    /** The topics that hold state per key and are compacted (cleanup.policy=compact); the others are delete. */
    public static final Set<String> COMPACTED = Set.of(CLIENT_PROFILES, PORTFOLIOS, MARKET_RATES);

    /**
     * What each consumer group reads. A service consumes in one group named as the service (its
     * {@code quarkus.application.name}); the platform's provisioning creates a dead-letter topic for every group and
     * topic here ({@link #deadLetterTopics()}), so a new subscription is added here first.
     */
    public static final Map<String, List<String>> READ_BY_GROUP = Map.of(
            "client-service", List.of(CAMPAIGN_EVENTS, PROFILE_CHANGE_REQUESTS),
            "portfolio-signal-service", List.of(CLIENT_PROFILES, PORTFOLIOS, MARKET_RATES, SURVEY_RESPONSES),
            "campaign-service", List.of(CLIENT_PROFILES, SIGNALS, SURVEY_RESPONSES),
            "survey-service", List.of(CAMPAIGN_EVENTS, CLIENT_PROFILES));

    /** The infix between the source topic and the consumer group in a dead-letter topic name. */
    public static final String DEAD_LETTER_INFIX = ".dlq.";

    // Kafka's own rule for topic names (org.apache.kafka.common.internals.Topic): 249 characters of [a-zA-Z0-9._-].
    private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private Topics() {
    }

    /**
     * The dead-letter topic of one consumer group on one topic: {@code <topic>.dlq.<consumer-group>}, e.g.
     * {@code signals.v1.dlq.campaign-service}. One per group, so that a group can replay its own failures.
     *
     * @throws IllegalArgumentException when the result is not a legal Kafka topic name
     */
    public static String deadLetter(String topic, String consumerGroup) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(consumerGroup, "consumerGroup");
        if (topic.isBlank() || consumerGroup.isBlank()) {
            throw new IllegalArgumentException("topic and consumer group must not be blank");
        }
        String name = topic + DEAD_LETTER_INFIX + consumerGroup;
        if (!LEGAL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a legal Kafka topic name: '" + name + "'");
        }
        return name;
    }

    /** Every dead-letter topic of the platform: one per consumer group and topic it reads, sorted by name. */
    public static List<String> deadLetterTopics() {
        return READ_BY_GROUP.entrySet().stream()
                .flatMap(group -> group.getValue().stream().map(topic -> deadLetter(topic, group.getKey())))
                .sorted()
                .toList();
    }

    /** Whether a topic is a dead-letter topic by the naming convention. */
    public static boolean isDeadLetter(String topic) {
        return topic != null && topic.contains(DEAD_LETTER_INFIX);
    }

    /** Whether a platform topic is compacted (state per key) rather than deleted after its retention. */
    public static boolean isCompacted(String topic) {
        return COMPACTED.contains(topic);
    }
}
