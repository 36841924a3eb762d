package nl.nazorg.benchmarks.report;

import java.util.Map;

/**
 * The latest result of one scenario at one size, as kept in {@code results/<scenario>-<size>.json}: the scenario's
 * figures with the run that measured them (command, date, machine, versions, load), so a run of one scenario replaces
 * that file only.
 */
public record ResultFile(String command, String size, String sizeNote, String startedAt, double minutes,
                         Machine machine, Map<String, String> versions, String loadBefore, String loadAfter,
                         ScenarioResult scenario) {

    public static ResultFile of(Report run, ScenarioResult scenario) {
        return new ResultFile(run.command(), run.size(), run.sizeNote(), run.startedAt(), run.minutes(),
                run.machine(), run.versions(), run.loadBefore(), run.loadAfter(), scenario);
    }

    /** {@code <scenario>-<size>.json}. */
    public String fileName() {
        return ResultsDirectory.fileName(scenario.name(), size);
    }

    /** The run's date, e.g. {@code 2026-11-29 16:50 UTC}. */
    public String date() {
        return startedAt.length() >= 16 ? startedAt.substring(0, 10) + " " + startedAt.substring(11, 16) + " UTC"
                : startedAt;
    }
}
