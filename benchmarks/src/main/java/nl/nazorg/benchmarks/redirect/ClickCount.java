package nl.nazorg.benchmarks.redirect;

import java.time.Duration;

import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.benchmarks.platform.Sql;

/**
 * The clicks campaign-service recorded for the scenario's firm. The redirect only queues a click; a writer thread
 * stores them in batches and drops them when its queue is full (by design: the client is never slowed down), so the
 * recorded share is reported beside the redirect figures.
 */
final class ClickCount {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private ClickCount() {
    }

    static long of(BenchmarkPlatform platform) {
        return Sql.number(platform.database("campaign"), "SELECT count(*) FROM link_click WHERE tenant_id = ?",
                TrackedLinkSupply.TENANT);
    }

    /** Clicks recorded since {@code before}, after waiting (bounded) for the writer to store {@code expected}. */
    static long recorded(BenchmarkPlatform platform, long before, long expected) {
        Poll.within(SETTLE, () -> of(platform) - before >= expected);
        return of(platform) - before;
    }
}
