package nl.nazorg.benchmarks.measure;

import java.util.List;

import org.HdrHistogram.Histogram;

/** Percentiles of one open-loop run, in milliseconds. */
public record Latency(double p50, double p99, double p999, double max, long count) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    /** From a histogram of nanoseconds. */
    public static Latency of(Histogram nanos) {
        return new Latency(nanos.getValueAtPercentile(50) / NANOS_PER_MILLI,
                nanos.getValueAtPercentile(99) / NANOS_PER_MILLI, nanos.getValueAtPercentile(99.9) / NANOS_PER_MILLI,
                nanos.getMaxValue() / NANOS_PER_MILLI, nanos.getTotalCount());
    }

    /** A histogram wide enough for 1 µs to 10 minutes at 3 significant digits. */
    public static Histogram newHistogram() {
        return new Histogram(1_000, 600_000_000_000L, 3);
    }

    /** Median, min and max of each percentile over the measured repetitions. */
    public record Spread(Stats p50, Stats p99, Stats p999, Stats max) {

        public static Spread of(List<Latency> runs) {
            return new Spread(Stats.of(runs.stream().map(Latency::p50).toList()),
                    Stats.of(runs.stream().map(Latency::p99).toList()),
                    Stats.of(runs.stream().map(Latency::p999).toList()),
                    Stats.of(runs.stream().map(Latency::max).toList()));
        }
    }

    @Override
    public String toString() {
        return String.format("p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms (%d)", p50, p99, p999, count);
    }
}
