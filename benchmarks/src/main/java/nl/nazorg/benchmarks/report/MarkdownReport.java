package nl.nazorg.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The report as Markdown: run and machine first, a summary against DESIGN.md §11, then one section per scenario. */
public final class MarkdownReport {

    /** Where a reader finds why the targets are missed: the analysis of the profiles, kept with the module. */
    static final String WHY = "Why figures miss their targets, with the profiles behind it, and what was tried: "
            + "[README.md, What limits the figures](README.md#what-limits-the-figures).";

    private MarkdownReport() {
    }

    public static void write(Report report, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(report));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Nazorg benchmark results\n\n");
        md.append("Produced by `").append(report.command()).append("` on ").append(report.startedAt())
                .append(" (took ").append(Numbers.format(report.minutes())).append(" min). Size `")
                .append(report.size()).append("`: ").append(report.sizeNote()).append("\n\n");
        md.append("Load averages (1/5/15 min) before the run: ").append(report.loadBefore()).append("; after: ")
                .append(report.loadAfter()).append(". Each scenario lists the cores that other work on the machine "
                        + "used while it was measured.\n\n");
        md.append(WHY).append("\n\n");
        machine(md, report.machine());
        versions(md, report.versions());
        summary(md, report);
        report.scenarios().forEach(scenario -> ScenarioSection.render(md, scenario));
        return md.toString();
    }

    private static void machine(StringBuilder md, Machine machine) {
        md.append("## Machine\n\n| cores | CPU | memory | OS | kernel | JVM |\n|---|---|---|---|---|---|\n")
                .append("| ").append(machine.cores()).append(" | ").append(machine.cpuModel()).append(" | ")
                .append(Numbers.format(machine.memoryBytes() / (1024.0 * 1024 * 1024))).append(" GB | ")
                .append(machine.os()).append(" | ").append(machine.kernel()).append(" | ").append(machine.jvm())
                .append(" |\n\n");
    }

    private static void versions(StringBuilder md, Map<String, String> versions) {
        md.append("## Versions\n\n| component | version |\n|---|---|\n");
        versions.forEach((name, version) -> md.append("| ").append(name).append(" | ").append(version).append(" |\n"));
        md.append('\n');
    }

    private static void summary(StringBuilder md, Report report) {
        md.append("## Summary against DESIGN.md §11\n\n| scenario | figure | median | target | met |\n|---|---|---|---|---|\n");
        for (ScenarioResult scenario : report.scenarios()) {
            if (scenario.status() != ScenarioResult.Status.MEASURED) {
                md.append("| ").append(scenario.title()).append(" | — | ").append(scenario.status()).append(" | ")
                        .append(oneLine(scenario.reason())).append(" | — |\n");
                continue;
            }
            scenario.figures().stream().filter(figure -> figure.target() != null).forEach(figure -> md.append("| ")
                    .append(scenario.title()).append(" | ").append(figure.label()).append(" | ")
                    .append(Numbers.format(figure.value().median())).append(' ').append(figure.unit()).append(" | ")
                    .append(figure.target()).append(" | ").append(figure.targetMet() ? "yes" : "**no**")
                    .append(" |\n"));
        }
        md.append('\n');
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace("|", "\\|");
    }
}
