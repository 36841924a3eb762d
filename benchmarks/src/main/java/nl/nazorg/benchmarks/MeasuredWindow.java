package nl.nazorg.benchmarks;

import nl.nazorg.benchmarks.platform.CpuSnapshot;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.profile.ServiceProfiler;
import nl.nazorg.benchmarks.report.ScenarioReport;

/**
 * What a scenario records around its repetitions (warm-up included): where the machine's CPU went and, when
 * profiling, a flight recording of the service under test. Closing it puts both into the scenario's report.
 */
public final class MeasuredWindow implements AutoCloseable {

    private final BenchmarkContext context;
    private final ScenarioReport report;
    private final CpuSnapshot start;
    private final ServiceProfiler profiler;

    private MeasuredWindow(BenchmarkContext context, ScenarioReport report, ServiceProfiler profiler) {
        this.context = context;
        this.report = report;
        this.profiler = profiler;
        this.start = CpuSnapshot.take(context.platform());
    }

    /** Opens the window, recording {@code service} when profiling is on. */
    public static MeasuredWindow open(BenchmarkContext context, ScenarioReport report, String scenario,
            ServiceJvm service) {
        return new MeasuredWindow(context, report, ServiceProfiler.start(service, context.profile(),
                context.work().resolve("profiles"), scenario, report));
    }

    @Override
    public void close() {
        report.cpu(start.until(CpuSnapshot.take(context.platform())));
        profiler.stopInto(report);
    }
}
