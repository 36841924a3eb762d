package nl.nazorg.infra.kafka;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic to create: its name, number of partitions and cleanup policy. Replication is always 1 (single broker).
 */
public record TopicDefinition(String name, int partitions, CleanupPolicy cleanupPolicy) {

    // Kafka's own rule for topic names, checked here so a typo fails before the broker is asked.
    private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public TopicDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        if (!LEGAL_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("Not a legal Kafka topic name: '" + name + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("A topic needs at least one partition, got " + partitions + " for " + name);
        }
    }

    /** A compacted topic: the latest record per key is kept. */
    public static TopicDefinition compacted(String name, int partitions) {
        return new TopicDefinition(name, partitions, CleanupPolicy.COMPACT);
    }

    /** A topic whose records are deleted after the retention time. */
    public static TopicDefinition retained(String name, int partitions) {
        return new TopicDefinition(name, partitions, CleanupPolicy.DELETE);
    }

    /** The dead-letter topic {@code <topic>.dlq.<group>} of one consumer group (DESIGN.md §2). */
    public static TopicDefinition deadLetter(String topic, String consumerGroup, int partitions) {
        return retained(PlatformTopics.deadLetterTopic(topic, consumerGroup), partitions);
    }
}
