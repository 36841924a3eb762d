package nl.nazorg.messaging.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Topics the broker did not take rows for, each paused with its own doubling back-off. While a topic waits, the
 * relay reads past its rows, so one missing or unwell topic does not hold up the others; order within a topic (and
 * so per key) is untouched, because all its rows wait together.
 */
final class TopicBackoff {

    private static final Duration FIRST = Duration.ofSeconds(1);

    private final Duration max;
    private final Map<String, Duration> delays = new HashMap<>();
    private final Map<String, Long> until = new HashMap<>();

    TopicBackoff(Duration max) {
        this.max = max;
    }

    /** Topics whose rows must not be sent now. */
    Set<String> waiting(long nowMillis) {
        return until.entrySet().stream().filter(e -> e.getValue() > nowMillis).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @return how long the topic now waits */
    Duration failed(String topic, long nowMillis) {
        Duration delay = delays.merge(topic, FIRST, (previous, first) -> {
            Duration doubled = previous.multipliedBy(2);
            return doubled.compareTo(max) > 0 ? max : doubled;
        });
        until.put(topic, nowMillis + delay.toMillis());
        return delay;
    }

    void succeeded(String topic) {
        delays.remove(topic);
        until.remove(topic);
    }

    /** The earliest moment a waiting topic may be tried again, or -1 when none waits. */
    long nextRetry() {
        return until.values().stream().mapToLong(Long::longValue).min().orElse(-1);
    }
}
