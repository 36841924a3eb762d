package nl.nazorg.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * One benchmark run: how it was started, on what, with which versions, and what each scenario found.
 *
 * @param command      the command line that produced it
 * @param size         the size preset ({@code ci}, {@code medium}, {@code full})
 * @param sizeNote     how that size relates to DESIGN.md §11's sizes
 * @param startedAt    ISO-8601 instant
 * @param minutes      how long the whole run took
 * @param loadBefore   the machine's load averages before the platform started
 * @param loadAfter    the same after the last scenario
 */
public record Report(String command, String size, String sizeNote, String startedAt, double minutes, Machine machine,
                     Map<String, String> versions, String loadBefore, String loadAfter,
                     List<ScenarioResult> scenarios) {
}
