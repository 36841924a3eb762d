package nl.nazorg.benchmarks.redirect;

import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.MeasuredWindow;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.OpenLoop;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.report.ScenarioReport;
import nl.nazorg.launcher.PlatformService;

/**
 * Tracked-link redirect (DESIGN.md §5, §11): campaign-service's {@code GET /r/{token}} for real links from sent
 * e-mails, first closed loop for the highest rate it answers, then open loop at a fixed rate for latency — the
 * size's rate, or half the measured maximum when that is lower, since a rate above the maximum only measures an
 * ever-growing queue. Baseline: an untracked redirect served by the same service — Quarkus' own
 * {@code /q/swagger-ui} → {@code /q/swagger-ui/} — under the same load generator, in the same repetitions.
 */
public final class RedirectScenario implements Scenario {

    static final String UNTRACKED = "/q/swagger-ui";
    static final int CONNECTIONS = 64;
    static final int LINK_RECIPIENTS = 200;
    static final IntPredicate FOUND = status -> status == 302;
    static final IntPredicate ANY_REDIRECT = status -> status == 301 || status == 302 || status == 307
            || status == 308;

    @Override
    public String name() {
        return "redirect";
    }

    @Override
    public String title() {
        return "Tracked-link redirect";
    }

    @Override
    public void run(BenchmarkContext context, ScenarioReport report) throws Exception {
        List<String> tracked = TrackedLinkSupply.paths(context, LINK_RECIPIENTS);
        List<String> untracked = List.of(UNTRACKED);
        ServiceJvm service = context.platform().service(PlatformService.CAMPAIGN);
        Duration closedLoop = Duration.ofSeconds(context.size().saturationSeconds());
        Duration openLoop = Duration.ofSeconds(context.size().redirectSeconds());
        long clicksBefore = ClickCount.of(context.platform());
        long[] trackedAnswered = {1}; // the first check below is a click too
        List<Capacity> capacities;
        List<AtRate> atRate;
        int rate;
        try (HttpLoad load = new HttpLoad(service.port(), CONNECTIONS);
             MeasuredWindow window = MeasuredWindow.open(context, report, name(), service)) {
            CountMismatch.checkThat(load.get(tracked.get(0), FOUND).toCompletableFuture().join(),
                    "a tracked link answers 302");
            CountMismatch.checkThat(load.get(UNTRACKED, ANY_REDIRECT).toCompletableFuture().join(),
                    UNTRACKED + " answers a redirect");
            capacities = context.repetitions().run("redirect, closed loop", context::log, index -> {
                Capacity capacity = Capacity.check(new Capacity(load.saturate(tracked, FOUND, CONNECTIONS, closedLoop),
                        load.saturate(untracked, ANY_REDIRECT, CONNECTIONS, closedLoop)));
                trackedAnswered[0] += capacity.tracked().correct();
                return capacity;
            });
            double trackedMax = Stats.of(capacities.stream().map(c -> c.tracked().requestsPerSecond()).toList())
                    .median();
            rate = (int) Math.max(10, Math.min(context.size().redirectRate(), trackedMax / 2));
            atRate = context.repetitions().run("redirect, fixed " + rate + " req/s", context::log, index -> {
                AtRate run = AtRate.check(new AtRate(load.fixedRate(tracked, FOUND, rate, openLoop),
                        load.fixedRate(untracked, ANY_REDIRECT, rate, openLoop)));
                trackedAnswered[0] += run.tracked().correct();
                return run;
            });
        }
        RedirectFigures.add(report, capacities, atRate, rate, context.size().redirectRate(), CONNECTIONS);
        RedirectFigures.clicks(report, ClickCount.recorded(context.platform(), clicksBefore, trackedAnswered[0]),
                trackedAnswered[0]);
    }

    /** One closed-loop repetition of both redirects. */
    record Capacity(HttpLoad.Throughput tracked, HttpLoad.Throughput untracked) {

        /** A wrong answer (any other status than the redirect) fails the scenario; errors are reported. */
        static Capacity check(Capacity capacity) {
            CountMismatch.check("wrong answers to tracked links", 0, capacity.tracked.wrong());
            CountMismatch.check("wrong answers to " + UNTRACKED, 0, capacity.untracked.wrong());
            return capacity;
        }

        @Override
        public String toString() {
            return "tracked " + tracked + ", untracked " + untracked;
        }
    }

    /** One open-loop repetition of both redirects at the same rate. */
    record AtRate(OpenLoop.Result tracked, OpenLoop.Result untracked) {

        static AtRate check(AtRate run) {
            CountMismatch.check("wrong answers to tracked links", 0, run.tracked.wrong());
            CountMismatch.check("wrong answers to " + UNTRACKED, 0, run.untracked.wrong());
            return run;
        }

        @Override
        public String toString() {
            return "tracked " + tracked.responseTimes() + " (" + tracked.failed() + " failed), untracked "
                    + untracked.responseTimes() + " (" + untracked.failed() + " failed)";
        }
    }
}
