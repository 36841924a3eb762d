package nl.nazorg.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.nazorg.benchmarks.kafka.EventPublisher;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.benchmarks.platform.PlatformSettling;
import nl.nazorg.benchmarks.platform.ProcFs;
import nl.nazorg.benchmarks.report.MarkdownReport;
import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.Report;
import nl.nazorg.benchmarks.report.ResultsDirectory;
import nl.nazorg.benchmarks.report.ScenarioReport;
import nl.nazorg.benchmarks.report.ScenarioResult;
import nl.nazorg.benchmarks.report.Versions;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.Progress;

/**
 * One benchmark run: starts the platform, runs the selected scenarios one after the other (a failing scenario is
 * reported as failed and the next one still runs), stores each finished scenario's result in
 * {@code results/<scenario>-<size>.json} and regenerates {@code RESULTS.md} from every stored result.
 */
public final class BenchmarkRun {

    public static final String MARKDOWN = "RESULTS.md";
    /** How long the platform may take to digest a scenario's after-effects before the next one starts anyway. */
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(20);

    private BenchmarkRun() {
    }

    public static Report execute(BenchmarkOptions options, Progress progress) throws InterruptedException {
        Instant started = Instant.now();
        String loadBefore = ProcFs.loadAverage();
        List<Scenario> scenarios = Scenarios.selected(options.scenarios());
        List<ScenarioResult> results = new ArrayList<>();
        Report report;
        try (BenchmarkPlatform platform = BenchmarkPlatform.start(options.home(), options.work(),
                mailboxCapacity(options.size()), progress);
             EventPublisher events = new EventPublisher(platform.kafkaBootstrapServers())) {
            Map<String, String> versions = Versions.of(
                    PlatformService.ALL.get(1).runnableJar(options.work().resolve("apps")).getParent(),
                    platform.database("signal"));
            BenchmarkContext context = new BenchmarkContext(platform, options.size(), options.profile(),
                    options.work(), progress, events, options.runtimes());
            scenarios.forEach(scenario -> scenario.beforeLoads(context));
            ReportDraft draft = new ReportDraft(options, started, loadBefore, versions, scenarios);
            for (Scenario scenario : scenarios) {
                results.add(runOne(scenario, context));
                // Written after every scenario: a run that is stopped half-way still leaves what it measured.
                write(draft.with(results), options);
            }
            report = draft.with(results);
        }
        write(report, options);
        progress.step("Report written to " + options.out().resolve(MARKDOWN));
        return report;
    }

    private static void write(Report report, BenchmarkOptions options) {
        ResultsDirectory.store(report, options.out().resolve(ResultsDirectory.NAME));
        rewriteReport(options);
    }

    /** Regenerates {@code RESULTS.md} from every file in {@code results/}; runs nothing. */
    public static void rewriteReport(BenchmarkOptions options) {
        MarkdownReport.write(ResultsDirectory.load(options.out().resolve(ResultsDirectory.NAME)).stream()
                        .sorted(ResultsDirectory.reportOrder(Scenarios.names(),
                                Stream.of(BenchmarkSize.FULL, BenchmarkSize.MEDIUM, BenchmarkSize.CI)
                                        .map(BenchmarkSize::name).toList()))
                        .toList(),
                options.out().resolve(MARKDOWN));
    }

    private static ScenarioResult runOne(Scenario scenario, BenchmarkContext context) {
        context.log("Scenario " + scenario.name() + " starts");
        ScenarioReport report = new ScenarioReport(scenario.name(), scenario.title());
        try {
            scenario.run(context, report);
            context.log("Scenario " + scenario.name() + " measured");
            settle(context, report);
            return report.measured();
        } catch (CountMismatch e) {
            context.log("Scenario " + scenario.name() + " FAILED its count check: " + e.getMessage());
            settle(context, report);
            return report.failed("count check: " + e.getMessage());
        } catch (Exception e) {
            context.log("Scenario " + scenario.name() + " FAILED: " + e);
            settle(context, report);
            return report.failed(e.toString());
        }
    }

    /** Lets the platform digest the scenario's after-effects before the next scenario measures anything. */
    private static void settle(BenchmarkContext context, ScenarioReport report) {
        Optional<Duration> settled = PlatformSettling.await(context.platform(), SETTLE_LIMIT);
        String outcome = settled.map(took -> "settled in " + Numbers.format(took.toMillis() / 1000.0) + " s")
                .orElse("had not settled after " + SETTLE_LIMIT.toMinutes() + " min");
        context.log("Platform " + outcome);
        report.note("After the scenario the platform " + outcome + " (every consumer group at the end of its topics, "
                + "every outbox empty) before the next scenario started: the time the services needed to digest "
                + "what the scenario caused, such as campaign-service reading the signals it published.");
    }

    /** The SMTP sink keeps every e-mail of an end-to-end round readable (their arrival times are the latencies). */
    private static int mailboxCapacity(BenchmarkSize size) {
        return Math.max(10_000, size.endToEndClients() + 1_000);
    }
}
