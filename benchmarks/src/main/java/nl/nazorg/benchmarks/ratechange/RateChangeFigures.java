package nl.nazorg.benchmarks.ratechange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.ScenarioReport;

/** Turns the rate-change timings of each book size into figures beside DESIGN.md §11's targets and the baselines. */
final class RateChangeFigures {

    private static final int DESIGN_SIZE = 1_000_000;
    private static final double TARGET_SECONDS = 15;
    private static final double TARGET_HEAP_MB = 512;
    private static final double TARGET_UNCHANGED_SECONDS = 3;
    /** "Flat" read as: the larger book costs at most 25% more (or less) per loan part than the smaller one. */
    private static final double FLAT = 0.25;

    private final ScenarioReport report;
    private final Map<Integer, Stats> costPerPart = new LinkedHashMap<>();

    RateChangeFigures(ScenarioReport report) {
        this.report = report;
    }

    /**
     * @param sqlSeconds      the SQL selection baseline
     * @param producerSeconds the plain-producer baseline
     * @param toolSeconds     Kafka's ProducerPerformance writing as many records of the same size
     * @param floorSeconds    the database's own writes for a step ({@link WriteFloor})
     */
    record Baselines(Stats sqlSeconds, Stats producerSeconds, Stats toolSeconds, Stats floorSeconds, int eventBytes,
            int records) {
    }

    /**
     * The passes that publish nothing.
     *
     * @param nobodySelected before the warm-up: no client can gain, none has a rate signal
     * @param sameTable      after the steps, the last table again: asks for no re-evaluation
     * @param unusedRate     a rate no part compares with added, while every client holds an open rate signal
     */
    record Unchanged(RatePass.Timing nobodySelected, RatePass.Timing sameTable, RatePass.Timing unusedRate) {
    }

    void size(int loanParts, Unchanged unchanged, List<RatePass.Timing> timings, Baselines baselines) {
        Stats published = Stats.of(timings.stream().map(RatePass.Timing::publishedSeconds).toList());
        Stats perPart = published.scaled(1e6 / loanParts);
        costPerPart.put(loanParts, perPart);
        String parts = Numbers.count(loanParts);
        Figure headline = Figure.of("re-evaluated and on signals.v1, " + parts + " loan parts", published, "s")
                .baseline(String.format("%s× the database's own writes for the step (%s s), %s× the SQL selection "
                                + "(%s s), %s× a plain KafkaProducer writing the %s records of %d B (%s s), %s× "
                                + "Kafka's ProducerPerformance writing them (%s s)",
                        Numbers.format(published.median() / baselines.floorSeconds().median()),
                        Numbers.format(baselines.floorSeconds().median()),
                        Numbers.format(published.median() / baselines.sqlSeconds().median()),
                        Numbers.format(baselines.sqlSeconds().median()),
                        Numbers.format(published.median() / baselines.producerSeconds().median()),
                        Numbers.count(baselines.records()), baselines.eventBytes(),
                        Numbers.format(baselines.producerSeconds().median()),
                        Numbers.format(published.median() / baselines.toolSeconds().median()),
                        Numbers.format(baselines.toolSeconds().median())));
        report.figure(loanParts == DESIGN_SIZE ? headline.target("≤ 15 s", published.median() <= TARGET_SECONDS)
                : headline);
        report.figure(Figure.of("… of which re-evaluated and committed (" + parts + ")",
                Stats.of(timings.stream().map(RatePass.Timing::evaluatedSeconds).toList()), "s"));
        report.figure(Figure.of("cost per loan part (" + parts + ")", perPart, "µs"));
        report.figure(Figure.of("service CPU per loan part (" + parts + ")",
                Stats.of(timings.stream().map(t -> t.cpuSeconds() * 1e6 / loanParts).toList()), "µs"));
        Stats heap = Stats.of(timings.stream().map(t -> t.heapPeakBytes() / (1024.0 * 1024.0)).toList());
        report.figure(Figure.of("peak heap of portfolio-signal-service (" + parts + ")", heap, "MB")
                .target("≤ 512 MB", heap.max() <= TARGET_HEAP_MB));
        report.figure(Figure.of("largest live heap after a full collection (" + parts + ")",
                Stats.of(timings.stream().map(t -> t.liveHeapBytes() / (1024.0 * 1024.0)).toList()), "MB"));
        report.figure(Figure.of("full collections per step (" + parts + ")",
                Stats.of(timings.stream().map(t -> (double) t.fullCollections()).toList()), ""));
        report.figure(Figure.of("pass with nothing to publish, nobody selected (" + parts + ", once)",
                Stats.single(unchanged.nobodySelected().evaluatedSeconds()), "s"));
        report.figure(Figure.of("the same table again, every client with an open signal (" + parts + ", once)",
                Stats.single(unchanged.sameTable().evaluatedSeconds()), "s"));
        Stats unused = Stats.single(unchanged.unusedRate().evaluatedSeconds());
        Figure unusedRate = Figure.of("a rate nobody compares with added, every client with an open signal ("
                + parts + ", once)", unused, "s");
        report.figure(loanParts == DESIGN_SIZE ? unusedRate.target("≤ 3 s",
                unused.median() <= TARGET_UNCHANGED_SECONDS) : unusedRate);
        report.figure(Figure.of("baseline: the database's own writes for a step, " + Numbers.count(baselines.records())
                + " signals and outbox rows (floor)", baselines.floorSeconds(), "s"));
        report.figure(Figure.of("baseline: the selection as one SQL query (" + parts + ")", baselines.sqlSeconds(),
                "s"));
        report.figure(Figure.of("baseline: plain KafkaProducer, " + Numbers.count(baselines.records()) + " records",
                baselines.producerSeconds(), "s"));
        report.figure(Figure.of("baseline: Kafka's ProducerPerformance (kafka-tools), " + Numbers.count(baselines.records())
                + " records", baselines.toolSeconds(), "s"));
    }

    void flatness(List<Integer> sizes) {
        if (sizes.size() < 2) {
            return;
        }
        int smallest = sizes.get(0);
        int largest = sizes.get(sizes.size() - 1);
        double ratio = costPerPart.get(largest).median() / costPerPart.get(smallest).median();
        report.figure(Figure.of("cost per loan part at " + Numbers.count(largest) + " ÷ at " + Numbers.count(smallest),
                Stats.single(ratio), "×").target("flat (read as 0.75–1.25×) from 100k to 1M",
                Math.abs(ratio - 1) <= FLAT));
        if (largest < DESIGN_SIZE) {
            double extrapolated = costPerPart.get(largest).median() * DESIGN_SIZE / 1e6;
            report.figure(Figure.of("extrapolated to 1,000,000 loan parts (cost per part at "
                    + Numbers.count(largest) + " × 1M; not measured)", Stats.single(extrapolated), "s")
                    .target("≤ 15 s", extrapolated <= TARGET_SECONDS).asExtrapolated());
        }
    }
}
