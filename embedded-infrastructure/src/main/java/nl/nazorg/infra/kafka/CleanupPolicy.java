package nl.nazorg.infra.kafka;

/**
 * How Kafka discards old records of a topic ({@code cleanup.policy}).
 */
public enum CleanupPolicy {

    /** Keep the latest record per key: state-carrying topics such as profiles and rate tables. */
    COMPACT("compact"),

    /** Drop records after the retention time: event topics and dead-letter topics. */
    DELETE("delete");

    private final String configValue;

    CleanupPolicy(String configValue) {
        this.configValue = configValue;
    }

    /** The value of the topic configuration {@code cleanup.policy}. */
    public String configValue() {
        return configValue;
    }
}
