package nl.nazorg.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.benchmarks.platform.CpuSnapshot.CpuUse;
import nl.nazorg.benchmarks.profile.HotMethods;

/** Collects a scenario's figures, checks and notes while it runs; kept when the scenario fails half-way. */
public final class ScenarioReport {

    private final String name;
    private final String title;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, HotMethods> profiles = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    private CpuUse cpu;

    public ScenarioReport(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public Figure figure(Figure figure) {
        figures.add(figure);
        return figure;
    }

    /** A count that was checked and held, e.g. "100,000 loan parts in → 50,000 SignalUpdated out, every pass". */
    public void checked(String what) {
        checks.add(what);
    }

    public void note(String note) {
        notes.add(note);
    }

    public void cpu(CpuUse use) {
        this.cpu = use;
    }

    public void profile(String service, HotMethods hotMethods) {
        profiles.put(service, hotMethods);
    }

    public void table(Table table) {
        tables.add(table);
    }

    public ScenarioResult measured() {
        return result(ScenarioResult.Status.MEASURED, null);
    }

    public ScenarioResult failed(String reason) {
        return result(ScenarioResult.Status.FAILED, reason);
    }

    private ScenarioResult result(ScenarioResult.Status status, String reason) {
        return new ScenarioResult(name, title, status, reason, List.copyOf(figures), List.copyOf(checks),
                List.copyOf(notes), cpu, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles)),
                tables);
    }
}
