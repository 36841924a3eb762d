package nl.nazorg.benchmarks.footprint;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.ScenarioReport;

/**
 * Footprint (DESIGN.md §11): each service's start time (as Quarkus logs it) and resident memory idle — right after
 * the platform started, before any load — and after the loads: the peak ({@code VmHWM}, the highest resident set
 * since the process started, so under every load of the run) and the resident set at the end. Runs last.
 */
public final class FootprintScenario implements Scenario {

    private static final double TARGET_START_SECONDS = 3;
    private static final double TARGET_RSS_MB = 300;
    private static final double MB = 1024.0 * 1024.0;

    private final Map<String, Long> idleResident = new LinkedHashMap<>();

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public String title() {
        return "Footprint of each service";
    }

    @Override
    public void beforeLoads(BenchmarkContext context) {
        context.platform().services().forEach(service -> idleResident.put(service.name(), service.residentBytes()));
    }

    @Override
    public void run(BenchmarkContext context, ScenarioReport report) {
        for (ServiceJvm service : context.platform().services()) {
            service.startedInSeconds().ifPresent(seconds -> report.figure(Figure.of(service.name()
                    + ": started in (JVM, as Quarkus logs it)", Stats.single(seconds), "s")
                    .target("< 3 s", seconds < TARGET_START_SECONDS)));
            report.figure(Figure.of(service.name() + ": RSS idle, after start", Stats.single(
                    idleResident.getOrDefault(service.name(), 0L) / MB), "MB"));
            double peak = service.peakResidentBytes() / MB;
            report.figure(Figure.of(service.name() + ": peak RSS under the loads (VmHWM)", Stats.single(peak), "MB")
                    .target("< 300 MB", peak < TARGET_RSS_MB));
            report.figure(Figure.of(service.name() + ": RSS after the loads", Stats.single(
                    service.residentBytes() / MB), "MB"));
        }
        report.note("The four services start at the same time (the launcher starts all, then waits for each), so "
                + "each start shares two cores with three other JVMs, the broker and PostgreSQL starting too: the "
                + "start times are those of a platform start, not of one service starting alone.");
        report.note("Each service runs with the launcher's options: -Xmx256m (portfolio-signal-service -Xmx512m "
                + "-Xmn256m) -XX:+UseSerialGC. RSS is read from "
                + "/proc/<pid>/status (VmRSS, VmHWM); the idle figure is taken before the first scenario, the peak "
                + "covers every scenario that ran before this one, at size " + context.size().name() + ". It includes "
                + "what the benchmark's own measuring adds to a service: the JMX agent it attaches to (heap figures) "
                + "and, with --profile, the flight recorder's buffers.");
    }
}
