package nl.nazorg.messaging.consumer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What batch consumers are waiting out: a consumer group whose poll failed for a passing reason (PostgreSQL or the
 * broker unreachable, a deadlock) is retrying it, and holds further polls back, until the cause passes. For
 * health checks and metrics: a group listed here for long is a stalled consumer, not a lost record.
 */
@ApplicationScoped
public class PassingFailures {

    private final Map<String, Instant> retryingSince = new ConcurrentHashMap<>();
    private final AtomicLong retries = new AtomicLong();

    /** Retries of a poll (or part of one) since start, all groups together. */
    public long retries() {
        return retries.get();
    }

    /** Since when the group has been retrying its current poll; empty when it is not. */
    public Optional<Instant> retryingSince(String consumerGroup) {
        return Optional.ofNullable(retryingSince.get(consumerGroup));
    }

    /** Groups retrying now, with the start of their retries. */
    public Map<String, Instant> retrying() {
        return Map.copyOf(retryingSince);
    }

    void failed(String consumerGroup) {
        retries.incrementAndGet();
        retryingSince.putIfAbsent(consumerGroup, Instant.now());
    }

    void passed(String consumerGroup) {
        retryingSince.remove(consumerGroup);
    }
}
