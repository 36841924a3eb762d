package nl.nazorg.benchmarks.platform;

import java.time.Duration;
import java.util.Optional;

import nl.nazorg.benchmarks.kafka.ConsumerLag;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.launcher.PlatformService;

/**
 * Waits, between two scenarios, until the platform has digested what the last one caused: every service's consumer
 * group has read its topics to the end and every outbox is empty. Otherwise the next scenario would share the cores
 * with the last one's after-effects (campaign-service still reading a rate change's signals, say) and measure both.
 */
public final class PlatformSettling {

    /** Each check asks the broker for four groups' offsets and each database for its outbox: not every 20 ms. */
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private PlatformSettling() {
    }

    /**
     * @return how long settling took, or empty when the platform had not settled within {@code limit}
     */
    public static Optional<Duration> await(BenchmarkPlatform platform, Duration limit) {
        long start = System.nanoTime();
        try (ConsumerLag lag = new ConsumerLag(platform.kafkaBootstrapServers())) {
            return Poll.within(limit, CHECK_EVERY, () -> settled(platform, lag))
                    ? Optional.of(Duration.ofNanos(System.nanoTime() - start)) : Optional.empty();
        }
    }

    private static boolean settled(BenchmarkPlatform platform, ConsumerLag lag) {
        return PlatformService.ALL.stream().allMatch(service -> lag.ofGroup(service.name()) == 0
                && Sql.pendingOutbox(platform.database(service.database())) == 0);
    }
}
