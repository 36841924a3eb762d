package nl.nazorg.benchmarks.footprint;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.ScenarioReport;
import nl.nazorg.launcher.JavaRuntime;
import nl.nazorg.launcher.ServiceJvmOptions;

/**
 * Footprint (DESIGN.md §11): each service's resident memory idle — right after the platform started, before any
 * load — and after the loads: the peak ({@code VmHWM}, the highest resident set since the process started, so under
 * every load of the run) and the resident set at the end. Then, the platform's services stopped, each service
 * starting alone on a quiet machine and all four at once, on every Java runtime of the run (see {@link StartsAlone}).
 * Runs last.
 */
public final class FootprintScenario implements Scenario {

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
    public void run(BenchmarkContext context, ScenarioReport report) throws InterruptedException {
        for (ServiceJvm service : context.platform().services()) {
            report.figure(Figure.of(service.name() + ": RSS idle, after the platform's start", Stats.single(
                    idleResident.getOrDefault(service.name(), 0L) / MB), "MB"));
            double peak = service.peakResidentBytes() / MB;
            report.figure(Figure.of(service.name() + ": peak RSS under the loads (VmHWM)", Stats.single(peak), "MB")
                    .target("< 300 MB", peak < TARGET_RSS_MB));
            report.figure(Figure.of(service.name() + ": RSS after the loads", Stats.single(
                    service.residentBytes() / MB), "MB"));
        }
        context.platform().services().forEach(service -> report.note(service.name() + " runs with the launcher's "
                + "JVM options on the platform's runtime: " + String.join(" ", service.jvmOptions()) + ", and "
                + ServiceJvmOptions.ENVIRONMENT + " in its environment."));
        report.note("RSS is read from /proc/<pid>/status (VmRSS, VmHWM); the idle figure is taken before the first "
                + "scenario, the peak covers every scenario that ran before this one, at size " + context.size().name()
                + ". It includes what the benchmark's own measuring adds to a service: the JMX agent it attaches to "
                + "(heap figures) and, with --profile, the flight recorder's buffers.");
        report.note("Starts alone: the platform's services stopped, Kafka, PostgreSQL and the SMTP sink up, the "
                + "benchmark's load generators idle. 'Started in' is Quarkus' own figure (JVM start to application "
                + "started); 'launched → ready' runs from the launcher starting the process to /q/health/ready "
                + "answering UP, polled every 250 ms.");
        context.platform().stopServices();
        for (JavaRuntime runtime : context.runtimes()) {
            new StartsAlone(context, runtime).measure(report);
        }
    }
}
