package nl.nazorg.benchmarks;

import java.util.List;

import nl.nazorg.benchmarks.measure.Repetitions;

/**
 * How big each scenario is. {@code full} is DESIGN.md §11's sizes; {@code ci} is a smoke test of a few minutes
 * (counts, not figures); {@code medium} is what fits in about a quarter of an hour on a shared two-core machine where
 * the platform drains some tens of events per second.
 *
 * @param rateChangeLoanParts loan parts re-evaluated by a market-rate change, smallest first (cost per loan part
 *                            is compared between them)
 * @param ingestEvents        profile and portfolio events preloaded and drained (half of each)
 * @param campaignRecipients  recipients of one selection campaign
 * @param redirectRate        requests per second of the fixed-rate latency run
 * @param redirectSeconds     length of each fixed-rate run
 * @param saturationSeconds   length of each closed-loop (maximum throughput) run
 * @param endToEndRate        profile changes per second
 * @param endToEndSeconds     length of each end-to-end round
 * @param startsAlone         measured starts of each service alone, per Java runtime (footprint)
 */
public record BenchmarkSize(String name, List<Integer> rateChangeLoanParts, int ingestEvents, int campaignRecipients,
                            int redirectRate, int redirectSeconds, int saturationSeconds, int endToEndRate,
                            int endToEndSeconds, int startsAlone, Repetitions repetitions) {

    /** No warm-up: a smoke test checks counts, and its figures are not read. */
    public static final BenchmarkSize CI = new BenchmarkSize("ci", List.of(500, 1_000), 200, 100,
            500, 2, 1, 50, 2, 1, new Repetitions(0, 3));

    public static final BenchmarkSize MEDIUM = new BenchmarkSize("medium", List.of(5_000, 20_000), 1_000, 1_000,
            10_000, 5, 5, 200, 2, 3, new Repetitions(1, 3));

    public static final BenchmarkSize FULL = new BenchmarkSize("full", List.of(100_000, 1_000_000), 1_000_000,
            50_000, 10_000, 30, 10, 200, 60, 5, new Repetitions(1, 3));

    public static final List<BenchmarkSize> ALL = List.of(CI, MEDIUM, FULL);

    public static BenchmarkSize named(String name) {
        return ALL.stream().filter(size -> size.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size '" + name + "' (ci, medium, full)"));
    }

    /**
     * Whether the footprint scenario's starts alone map a start-up cache, recorded by a first start as the launcher
     * does: not at size {@code ci}, whose smoke test would pay a recording stop per service.
     */
    public boolean recordsStartupCaches() {
        return this != CI;
    }

    /** Clients changed per end-to-end round: one change each. */
    public int endToEndClients() {
        return endToEndRate * endToEndSeconds;
    }

    /** How this size relates to DESIGN.md §11, for the report. */
    public String note() {
        if (this == FULL) {
            return "DESIGN.md §11's sizes.";
        }
        return "below DESIGN.md §11's sizes (" + describe(FULL) + "); this run: " + describe(this) + ".";
    }

    private static String describe(BenchmarkSize size) {
        return String.format("rate change %s loan parts, ingest %,d events, campaign %,d e-mails, redirect at %,d req/s, "
                        + "end to end %d s at %d events/s", size.rateChangeLoanParts.stream()
                        .map(n -> String.format("%,d", n)).reduce((a, b) -> a + " and " + b).orElse(""),
                size.ingestEvents, size.campaignRecipients, size.redirectRate, size.endToEndSeconds,
                size.endToEndRate);
    }
}
