package nl.nazorg.benchmarks.report;

import java.util.stream.Collectors;

import nl.nazorg.benchmarks.platform.CpuSnapshot.CpuUse;
import nl.nazorg.benchmarks.profile.HotMethods;

/** One scenario's section of the Markdown report. */
final class ScenarioSection {

    private ScenarioSection() {
    }

    static void render(StringBuilder md, ResultFile result) {
        ScenarioResult scenario = result.scenario();
        md.append("## ").append(scenario.title()).append(" (`").append(scenario.name()).append("`, size `")
                .append(result.size()).append("`)");
        if (scenario.status() != ScenarioResult.Status.MEASURED) {
            md.append(" — ").append(scenario.status() == ScenarioResult.Status.FAILED ? "FAILED" : "not measured yet");
        }
        md.append("\n\n");
        md.append("Run of ").append(result.date()).append(", `").append(result.command())
                .append("` (the whole run took ").append(Numbers.format(result.minutes()))
                .append(" min; load averages 1/5/15 min before it ")
                .append(result.loadBefore()).append(", after it ").append(result.loadAfter()).append("). Size `")
                .append(result.size()).append("`: ").append(result.sizeNote()).append("\n\n");
        if (scenario.reason() != null) {
            md.append("**").append(scenario.status() == ScenarioResult.Status.FAILED ? "Failed" : "Why")
                    .append(":** ").append(scenario.reason()).append("\n\n");
        }
        figures(md, scenario);
        if (!scenario.checks().isEmpty()) {
            md.append("Counts checked (a wrong count fails the scenario):\n\n");
            scenario.checks().forEach(check -> md.append("- ").append(check).append('\n'));
            md.append('\n');
        }
        if (scenario.cpu() != null) {
            cpu(md, scenario.cpu());
        }
        scenario.tables().forEach(table -> table(md, table));
        scenario.profiles().forEach((service, profile) -> profile(md, service, profile));
        if (!scenario.notes().isEmpty()) {
            md.append("Notes:\n\n");
            scenario.notes().forEach(note -> md.append("- ").append(note).append('\n'));
            md.append('\n');
        }
    }

    private static void figures(StringBuilder md, ScenarioResult scenario) {
        if (scenario.figures().isEmpty()) {
            return;
        }
        md.append("| figure | median | min – max | target (DESIGN.md §11) | baseline (same run) |\n")
                .append("|---|---|---|---|---|\n");
        for (Figure figure : scenario.figures()) {
            md.append("| ").append(figure.label()).append(" | ").append(figure.shownMedian()).append(" | ");
            md.append(figure.value().isSingle() ? "(once)" : Numbers.format(figure.value().min()) + " – "
                    + Numbers.format(figure.value().max()));
            md.append(" | ").append(figure.target() == null ? "—"
                    : figure.target() + (figure.targetMet() ? " ✔" : " ✘ missed"));
            md.append(" | ").append(figure.baseline() == null ? "—" : figure.baseline()).append(" |\n");
        }
        md.append('\n');
    }

    private static void cpu(StringBuilder md, CpuUse cpu) {
        md.append("CPU during the repetitions (average cores over ").append(Numbers.format(cpu.seconds()))
                .append(" s): ").append(cpu.breakdown()).append(".\n\n");
    }

    private static void profile(StringBuilder md, String service, HotMethods profile) {
        md.append("Flight recording of ").append(service).append(" during the repetitions (")
                .append(Numbers.count(profile.samples())).append(" execution samples, GC pauses ")
                .append(Numbers.format(profile.gcPauseMillis())).append(" ms). By area of code (a JDK method counts for "
                        + "the code that called it): ").append(shares(profile.areas())).append(".\n\n");
        if (!profile.nazorgCode().isEmpty()) {
            md.append("Innermost Nazorg method on the stack (its own time and what it called): ")
                    .append(shares(profile.nazorgCode())).append(".\n\n");
        }
        md.append("| hottest methods (self time) | share |\n|---|---|\n");
        profile.methods().forEach(method -> md.append("| `").append(method.name()).append("` | ")
                .append(Numbers.format(method.percent())).append(" % |\n"));
        md.append('\n');
    }

    private static void table(StringBuilder md, Table table) {
        md.append(table.title()).append("\n\n| ").append(table.labelColumn());
        table.columns().forEach(column -> md.append(" | ").append(column.name()));
        md.append(" |\n|---").append("|---:".repeat(table.columns().size())).append("|\n");
        for (Table.Row row : table.rows()) {
            md.append("| ").append(MarkdownReport.oneLine(row.label()));
            for (int i = 0; i < row.values().size(); i++) {
                double value = row.values().get(i);
                md.append(" | ").append(table.columns().get(i).whole() ? Numbers.count(Math.round(value))
                        : Numbers.format(value));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private static String shares(java.util.List<HotMethods.Share> shares) {
        return shares.stream().map(s -> s.name() + " " + Numbers.format(s.percent()) + " %")
                .collect(Collectors.joining(", "));
    }

}
