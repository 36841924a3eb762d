package nl.nazorg.messaging.consumer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

/**
 * The consumer group an incoming channel consumes in, found as the Kafka connector finds it: the channel's own
 * {@code group.id}, else the connector-wide {@code kafka.group.id}, else the application name (Quarkus' default).
 * A service consumes in one group named as the service and sets none of them; the group also keys the message log
 * ({@link ProcessedEvents}) and names the dead-letter topics, so it is read here rather than written again.
 * Channels are named as their topics.
 */
@ApplicationScoped
public class ConsumerGroups {

    private final Config config;
    private final Map<String, String> byTopic = new ConcurrentHashMap<>();

    public ConsumerGroups(Config config) {
        this.config = config;
    }

    /** The group of the channel that consumes {@code topic}. */
    public String of(String topic) {
        return byTopic.computeIfAbsent(topic, this::resolve);
    }

    private String resolve(String topic) {
        return config.getOptionalValue("mp.messaging.incoming.\"" + topic + "\".group.id", String.class)
                .or(() -> config.getOptionalValue("kafka.group.id", String.class))
                .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
    }
}
