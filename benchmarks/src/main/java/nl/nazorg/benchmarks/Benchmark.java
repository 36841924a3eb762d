package nl.nazorg.benchmarks;

import nl.nazorg.benchmarks.report.Report;
import nl.nazorg.benchmarks.report.ScenarioResult;
import nl.nazorg.launcher.Progress;

/**
 * {@code ./benchmarks/run}: measures the platform against DESIGN.md §11 and writes the report. Exits with 1 when a
 * scenario failed (a count did not hold or a step broke), never because a figure missed its target.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.reportOnly()) {
            BenchmarkRun.rewriteReport(options);
            System.exit(0);
            return;
        }
        Report report = BenchmarkRun.execute(options, new Progress(System.out));
        boolean failed = report.scenarios().stream().anyMatch(s -> s.status() == ScenarioResult.Status.FAILED);
        System.exit(failed ? 1 : 0);
    }
}
