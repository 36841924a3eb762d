package nl.nazorg.benchmarks.redirect;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.benchmarks.platform.HeldInMemory;
import nl.nazorg.benchmarks.platform.Sql;

/**
 * The clicks campaign-service recorded for the scenario's firm. The redirect only queues a click; a writer thread
 * stores them in batches (and drops them only when a database outage outlasts what it may hold: the client is never
 * slowed down), so the recorded share and how long clicks waited for their commit are reported beside the redirect
 * figures.
 */
final class ClickCount {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private ClickCount() {
    }

    static long of(BenchmarkPlatform platform) {
        return Sql.number(platform.database("campaign"), "SELECT count(*) FROM link_click WHERE tenant_id = ?",
                TrackedLinkSupply.TENANT);
    }

    /** How long the clicks made from {@code since} until {@code until} were held in memory until written. */
    static HeldInMemory unrecorded(BenchmarkPlatform platform, Instant since, Instant until) {
        return HeldInMemory.read(platform.database("campaign"), "link_click", "clicked_at", "recorded_at",
                "tenant_id = ? AND clicked_at >= ? AND clicked_at < ?", TrackedLinkSupply.TENANT,
                Timestamp.from(since), Timestamp.from(until));
    }

    /** Clicks recorded since {@code before}, after waiting (bounded) for the writer to store {@code expected}. */
    static long recorded(BenchmarkPlatform platform, long before, long expected) {
        Poll.within(SETTLE, () -> of(platform) - before >= expected);
        return of(platform) - before;
    }
}
