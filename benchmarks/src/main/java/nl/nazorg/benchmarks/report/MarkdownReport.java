package nl.nazorg.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code RESULTS.md}, regenerated from every file in {@code results/}: which result is where (scenario, size, date,
 * command), a summary against DESIGN.md §11, the machines and versions measured, then one section per result.
 */
public final class MarkdownReport {

    /** Where a reader finds why the targets are missed: the analysis of the profiles, kept with the module. */
    static final String WHY = "Why figures miss their targets, with the profiles behind it, and what was tried: "
            + "[README.md, What limits the figures](README.md#what-limits-the-figures).";

    private MarkdownReport() {
    }

    /** @param results in report order (see {@link ResultsDirectory#reportOrder}) */
    public static void write(List<ResultFile> results, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(results));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static String render(List<ResultFile> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Nazorg benchmark results\n\n");
        md.append("The latest result of every scenario at every size it was run at. Each lives in its own file, "
                + "[`results/<scenario>-<size>.json`](" + ResultsDirectory.NAME + "/) (every sample included); a run "
                + "replaces the files of the scenarios it ran and this page is regenerated from all of them. Figures "
                + "computed from a smaller size rather than measured are marked *(extrapolated, not measured)*.\n\n");
        md.append(WHY).append("\n\n");
        index(md, results);
        summary(md, results);
        machines(md, results);
        versions(md, results);
        results.forEach(result -> ScenarioSection.render(md, result));
        return md.toString();
    }

    private static void index(StringBuilder md, List<ResultFile> results) {
        md.append("## Results\n\n| scenario | size | status | run | command |\n|---|---|---|---|---|\n");
        results.forEach(result -> md.append("| ").append(result.scenario().title()).append(" | `")
                .append(result.size()).append("` | ").append(result.scenario().status()).append(" | ")
                .append(result.date()).append(" | `").append(result.command()).append("` |\n"));
        md.append('\n');
    }

    private static void summary(StringBuilder md, List<ResultFile> results) {
        md.append("## Summary against DESIGN.md §11\n\n| scenario | size | figure | median | target | met |\n")
                .append("|---|---|---|---|---|---|\n");
        for (ResultFile result : results) {
            ScenarioResult scenario = result.scenario();
            String lead = "| " + scenario.title() + " | `" + result.size() + "` | ";
            if (scenario.status() != ScenarioResult.Status.MEASURED) {
                md.append(lead).append("— | ").append(scenario.status()).append(" | ")
                        .append(oneLine(scenario.reason())).append(" | — |\n");
                continue;
            }
            scenario.figures().stream().filter(figure -> figure.target() != null).forEach(figure -> md.append(lead)
                    .append(figure.label()).append(" | ").append(figure.shownMedian()).append(" | ")
                    .append(figure.target()).append(" | ").append(figure.targetMet() ? "yes" : "**no**")
                    .append(" |\n"));
        }
        md.append('\n');
    }

    private static void machines(StringBuilder md, List<ResultFile> results) {
        md.append("## Machine\n\n| cores | CPU | memory | OS | kernel | JVM | runs |\n|---|---|---|---|---|---|---|\n");
        byRun(results, ResultFile::machine).forEach((machine, runs) -> md.append("| ").append(machine.cores())
                .append(" | ").append(machine.cpuModel()).append(" | ")
                .append(Numbers.format(machine.memoryBytes() / (1024.0 * 1024 * 1024))).append(" GB | ")
                .append(machine.os()).append(" | ").append(machine.kernel()).append(" | ").append(machine.jvm())
                .append(" | ").append(runs).append(" |\n"));
        md.append('\n');
    }

    private static void versions(StringBuilder md, List<ResultFile> results) {
        Map<Map<String, String>, String> sets = byRun(results, ResultFile::versions);
        sets.forEach((versions, runs) -> {
            md.append("## Versions").append(sets.size() > 1 ? " (runs of " + runs + ")" : "")
                    .append("\n\n| component | version |\n|---|---|\n");
            versions.forEach((name, version) -> md.append("| ").append(name).append(" | ").append(version)
                    .append(" |\n"));
            md.append('\n');
        });
    }

    /** Each distinct value with the dates of the runs that had it. */
    private static <T> Map<T, String> byRun(List<ResultFile> results, Function<ResultFile, T> value) {
        Map<T, List<String>> dates = new LinkedHashMap<>();
        results.forEach(result -> {
            List<String> runs = dates.computeIfAbsent(value.apply(result), v -> new ArrayList<>());
            if (!runs.contains(result.date())) {
                runs.add(result.date());
            }
        });
        return dates.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> String.join(", ", entry.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace("|", "\\|");
    }
}
