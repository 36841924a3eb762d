package nl.nazorg.benchmarks.report;

import java.util.List;
import java.util.Map;

import nl.nazorg.benchmarks.platform.CpuSnapshot.CpuUse;
import nl.nazorg.benchmarks.profile.HotMethods;

/**
 * What one scenario found: its figures, the counts it checked, notes on what limits it, where the CPU went and,
 * when recorded, the profile of the service under test.
 *
 * @param status   MEASURED; FAILED when a count check or a step failed (the figures are then not trustworthy);
 *                 NOT_MEASURED when it did not run (the reason says why)
 * @param reason   why it failed or did not run
 * @param profiles flight-recording summaries by service name
 * @param tables   tables beside the figures (statement costs per database, the end-to-end hops); none in results
 *                 written before they existed
 */
public record ScenarioResult(String name, String title, Status status, String reason, List<Figure> figures,
                             List<String> checks, List<String> notes, CpuUse cpu, Map<String, HotMethods> profiles,
                             List<Table> tables) {

    public enum Status { MEASURED, FAILED, NOT_MEASURED }

    public ScenarioResult {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public static ScenarioResult notMeasured(String name, String title, String reason) {
        return new ScenarioResult(name, title, Status.NOT_MEASURED, reason, List.of(), List.of(), List.of(), null,
                Map.of(), List.of());
    }
}
