package nl.nazorg.messaging.consumer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What batch consumers are waiting out: a consumer (a group on one topic) whose poll failed for a passing reason
 * (PostgreSQL or the broker unreachable, a deadlock) is retrying it, and holds further polls back, until the cause
 * passes. Read by {@link WaitingConsumersCheck}: a consumer listed here is stalled, not losing records.
 */
@ApplicationScoped
public class PassingFailures {

    private final Map<String, Instant> retryingSince = new ConcurrentHashMap<>();
    private final AtomicLong retries = new AtomicLong();

    /** Retries of a poll (or part of one) since start, all groups together. */
    public long retries() {
        return retries.get();
    }

    /** The name a consumer is listed under: {@code <group>@<topic>}. */
    public static String consumer(String consumerGroup, String topic) {
        return consumerGroup + "@" + topic;
    }

    /** Since when the consumer ({@link #consumer(String, String)}) has been retrying its poll; empty when not. */
    public Optional<Instant> retryingSince(String consumer) {
        return Optional.ofNullable(retryingSince.get(consumer));
    }

    /** Consumers retrying now, with the start of their retries. */
    public Map<String, Instant> retrying() {
        return Map.copyOf(retryingSince);
    }

    void failed(String consumer) {
        retries.incrementAndGet();
        retryingSince.putIfAbsent(consumer, Instant.now());
    }

    void passed(String consumer) {
        retryingSince.remove(consumer);
    }
}
