package nl.nazorg.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.nazorg.benchmarks.platform.ProcFs;
import nl.nazorg.benchmarks.report.Machine;
import nl.nazorg.benchmarks.report.Report;
import nl.nazorg.benchmarks.report.ScenarioResult;

/**
 * The report of a run in progress: the scenarios measured so far, and the ones not reached yet marked as such, so
 * the file on disk always tells how far the run got.
 */
record ReportDraft(BenchmarkOptions options, Instant started, String loadBefore, Map<String, String> versions,
                   List<Scenario> scenarios) {

    Report with(List<ScenarioResult> done) {
        List<ScenarioResult> all = new ArrayList<>(done);
        scenarios.subList(done.size(), scenarios.size()).forEach(scenario -> all.add(ScenarioResult.notMeasured(
                scenario.name(), scenario.title(), "not reached: the run was still going or was stopped before it")));
        return new Report(options.commandLine(), options.size().name(), options.size().note(), started.toString(),
                Duration.between(started, Instant.now()).toSeconds() / 60.0, Machine.describe(), versions, loadBefore,
                ProcFs.loadAverage(), List.copyOf(all));
    }
}
