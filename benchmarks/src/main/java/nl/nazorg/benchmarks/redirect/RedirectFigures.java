package nl.nazorg.benchmarks.redirect;

import java.util.List;
import java.util.function.Function;

import nl.nazorg.benchmarks.measure.Latency;
import nl.nazorg.benchmarks.measure.OpenLoop;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.platform.HeldInMemory;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.ScenarioReport;

/** The redirect figures beside DESIGN.md §11's targets: maximum rate, ratio to the untracked redirect, latency. */
final class RedirectFigures {

    private static final double TARGET_RATE = 20_000;
    private static final double TARGET_RATIO = 0.6;
    private static final int TARGET_LATENCY_RATE = 10_000;
    private static final double TARGET_P99_MS = 5;

    private RedirectFigures() {
    }

    static void add(ScenarioReport report, List<RedirectScenario.Capacity> capacities,
            List<RedirectScenario.AtRate> atRate, int rate, int sizeRate, int connections) {
        Stats tracked = Stats.of(capacities.stream().map(c -> c.tracked().requestsPerSecond()).toList());
        Stats untracked = Stats.of(capacities.stream().map(c -> c.untracked().requestsPerSecond()).toList());
        Stats ratio = Stats.of(capacities.stream()
                .map(c -> c.tracked().requestsPerSecond() / c.untracked().requestsPerSecond()).toList());
        String closedLoop = "closed loop (wrk, " + Wrk.CONNECTIONS + " connections)";
        report.figure(Figure.of("tracked redirect, " + closedLoop, tracked, "req/s")
                .target("≥ 20,000 req/s", tracked.median() >= TARGET_RATE)
                .baseline("untracked redirect GET " + RedirectScenario.UNTRACKED + " of the same service: "
                        + Numbers.format(untracked.median()) + " req/s"));
        report.figure(Figure.of("… as a share of the untracked redirect", ratio, "×")
                .target("≥ 0.6×", ratio.median() >= TARGET_RATIO));
        report.figure(Figure.of("baseline: untracked redirect, " + closedLoop, untracked, "req/s"));
        latency(report, atRate, rate);
        long failedClosed = capacities.stream().mapToLong(c -> c.tracked().failed() + c.untracked().failed()).sum();
        long failedOpen = atRate.stream().mapToLong(r -> r.tracked().failed() + r.untracked().failed()).sum();
        report.figure(Figure.of("requests without a usable answer, closed-loop runs (wrk's socket errors and answers "
                + "later than " + HttpLoad.TIMEOUT.toSeconds() + " s)", Stats.single(failedClosed), "requests")
                .baseline(failedOpen + " in the fixed-rate runs (5xx, or no answer within "
                        + HttpLoad.TIMEOUT.toSeconds() + " s)"));
        if (rate < sizeRate) {
            report.note(String.format("The latency runs use %,d req/s, half the tracked redirect's measured maximum, "
                    + "instead of %,d req/s: above its maximum an open loop only measures a queue that grows for as "
                    + "long as the run lasts. DESIGN.md's p99 target at 10k req/s is therefore not measurable here.",
                    rate, sizeRate));
        }
        report.checked("one tracked link and GET " + RedirectScenario.UNTRACKED + " answered 302 before the runs; "
                + "in the fixed-rate runs no answer had another status than 302 (a 5xx counts as failed), in the "
                + "closed-loop runs none had a status of 400 or more (all wrk tells apart without slowing itself "
                + "down: a 200 would pass there); a wrong status fails the scenario, errors and time-outs are "
                + "counted in the figure above");
        report.note("Load generators: the closed loop is wrk (" + Wrk.THREADS + " threads, " + Wrk.CONNECTIONS
                + " keep-alive connections), a separate process on the same two cores as the service; its CPU is in "
                + "\"other work on the machine\". The fixed-rate runs are the Vert.x HTTP client in the benchmark JVM ("
                + connections + " keep-alive connections), open loop: latency counts from each request's due time, "
                + "so queueing counts (no coordinated omission, which wrk's closed loop has).");
    }

    private static void latency(ScenarioReport report, List<RedirectScenario.AtRate> atRate, int rate) {
        Latency.Spread trackedLatency = spread(atRate, RedirectScenario.AtRate::tracked);
        Latency.Spread untrackedLatency = spread(atRate, RedirectScenario.AtRate::untracked);
        String at = " at a fixed " + Numbers.count(rate) + " req/s (open loop)";
        Figure p99 = Figure.of("tracked redirect p99" + at, trackedLatency.p99(), "ms")
                .baseline("untracked p99: " + Numbers.format(untrackedLatency.p99().median()) + " ms");
        report.figure(rate == TARGET_LATENCY_RATE
                ? p99.target("< 5 ms at 10k req/s", trackedLatency.p99().median() < TARGET_P99_MS) : p99);
        report.figure(Figure.of("tracked redirect p50" + at, trackedLatency.p50(), "ms")
                .baseline("untracked p50: " + Numbers.format(untrackedLatency.p50().median()) + " ms"));
        report.figure(Figure.of("tracked redirect p99.9" + at, trackedLatency.p999(), "ms")
                .baseline("untracked p99.9: " + Numbers.format(untrackedLatency.p999().median()) + " ms"));
        report.figure(Figure.of("rate the load generator actually sent (tracked)",
                Stats.of(atRate.stream().map(r -> r.tracked().sentRate()).toList()), "req/s"));
    }

    static void clicks(ScenarioReport report, long recorded, long redirects, HeldInMemory saturated,
                       HeldInMemory atRate, int rate) {
        report.figure(Figure.of("clicks recorded per tracked redirect answered (" + Numbers.count(redirects) + ")",
                Stats.single(100.0 * recorded / Math.max(1, redirects)), "%"));
        held(report, "at a fixed " + Numbers.count(rate) + " req/s (measured repetitions)", atRate);
        held(report, "closed loop (as fast as the service answers)", saturated);
        report.note("Click → row written is `link_click.recorded_at` − `clicked_at` (the database's and the "
                + "service's clocks on one machine): the upper bound of what a crash can lose, since a click is "
                + "durable once the broker acknowledged its LinkClicked, just before its row is written. At a rate "
                + "the writer keeps up with, that is its 20 ms of gathering plus one publish and one insert; when "
                + "clicks arrive faster, they queue and the window grows with the queue (at most 200,000 clicks are "
                + "held). The fixed-rate figure leaves out the warm-up repetition, during which the writer still "
                + "stores what the closed-loop runs queued.");
        if (recorded > redirects) {
            report.note("More clicks than counted redirects: wrk does not count the requests still in flight when "
                    + "a closed-loop run ends (at most " + Wrk.CONNECTIONS + " per run), whose clicks the service "
                    + "records all the same.");
        }
        if (recorded < redirects) {
            report.note(Numbers.count(redirects - recorded) + " clicks were not recorded within a minute: "
                    + "campaign-service drops clicks only when a database outage outlasts the 200,000 it may hold, "
                    + "so this is a defect to look into.");
        }
    }

    private static void held(ScenarioReport report, String phase, HeldInMemory clicks) {
        report.figure(Figure.of("click → its row written, " + phase + ": p50 of " + Numbers.count(clicks.rows())
                + " clicks", Stats.single(clicks.p50Millis()), "ms"));
        report.figure(Figure.of("… p99", Stats.single(clicks.p99Millis()), "ms"));
        report.figure(Figure.of("… the longest", Stats.single(clicks.maxMillis()), "ms"));
    }

    private static Latency.Spread spread(List<RedirectScenario.AtRate> runs,
            Function<RedirectScenario.AtRate, OpenLoop.Result> run) {
        return Latency.Spread.of(runs.stream().map(r -> run.apply(r).responseTimes()).toList());
    }
}
