package nl.nazorg.benchmarks;

import nl.nazorg.benchmarks.platform.CpuSnapshot;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.platform.StatementCosts;
import nl.nazorg.benchmarks.profile.ServiceProfiler;
import nl.nazorg.benchmarks.report.ScenarioReport;

/**
 * What a scenario records around its repetitions (warm-up included): where the machine's CPU went, what each service
 * database spent its time on ({@code pg_stat_statements}) and, when profiling, a flight recording of the service
 * under test. Closing it puts them into the scenario's report.
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
        StatementCosts.reset(context.platform());
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
        StatementCosts.top(context.platform()).forEach(report::table);
        profiler.stopInto(report);
    }
}
