package nl.nazorg.benchmarks.endtoend;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

import nl.nazorg.benchmarks.measure.Latency;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.report.Table;

/** p50, p95 and p99 of every {@link Hop} over the profile changes of one round, in milliseconds. */
record HopLatencies(Map<Hop, Percentiles> byHop) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    record Percentiles(double p50, double p95, double p99) {
    }

    static HopLatencies of(Collection<Milestones> changes) {
        Map<Hop, Percentiles> byHop = new EnumMap<>(Hop.class);
        for (Hop hop : Hop.values()) {
            Histogram nanos = Latency.newHistogram();
            // The histogram's lowest value is 1 µs: a hop of 0 counts as 1 µs.
            changes.forEach(change -> nanos.recordValue(Math.max(1_000, hop.nanos(change))));
            byHop.put(hop, new Percentiles(millis(nanos, 50), millis(nanos, 95), millis(nanos, 99)));
        }
        return new HopLatencies(byHop);
    }

    /** One row per hop: the median over the measured rounds of each percentile. */
    static Table table(List<HopLatencies> rounds) {
        List<Table.Row> rows = Arrays.stream(Hop.values()).map(hop -> new Table.Row(hop.label, List.of(
                median(rounds, hop, Percentiles::p50), median(rounds, hop, Percentiles::p95),
                median(rounds, hop, Percentiles::p99)))).toList();
        return new Table("Where the time goes, hop by hop (each percentile per round over its profile changes, the "
                + "median over the rounds; the hops' percentiles do not add up to the whole path's):", "hop",
                List.of(Table.Column.of("p50 ms"), Table.Column.of("p95 ms"), Table.Column.of("p99 ms")), rows);
    }

    private static double median(List<HopLatencies> rounds, Hop hop,
            ToDoubleFunction<Percentiles> percentile) {
        return Stats.of(rounds.stream().map(round -> percentile.applyAsDouble(round.byHop.get(hop))).toList())
                .median();
    }

    private static double millis(Histogram nanos, double percentile) {
        return nanos.getValueAtPercentile(percentile) / NANOS_PER_MILLI;
    }
}
