package nl.nazorg.benchmarks;

import nl.nazorg.benchmarks.report.ScenarioReport;

/**
 * One scenario of DESIGN.md §11 with its baselines. It fills its report as it goes; a count that does not hold
 * ends it with {@link nl.nazorg.benchmarks.measure.CountMismatch}, and what it had measured is kept, marked failed.
 */
public interface Scenario {

    /** The name on the command line, e.g. {@code rate-change}. */
    String name();

    /** The heading in the report. */
    String title();

    /** Called for every selected scenario once the platform is up and before any scenario runs. */
    default void beforeLoads(BenchmarkContext context) {
    }

    void run(BenchmarkContext context, ScenarioReport report) throws Exception;
}
