package nl.nazorg.benchmarks.endtoend;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.MeasuredWindow;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.measure.Latency;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.ScenarioReport;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.api.PlatformClient;

/**
 * End to end (DESIGN.md §11): profile change → signal → e-mail accepted by SMTP, at a fixed rate (open loop), every
 * change through client-service's REST API and every e-mail through campaign-service's automatic campaign.
 */
public final class EndToEndScenario implements Scenario {

    private static final double TARGET_P99_MS = 1_000;
    private static final int TARGET_RATE = 200;
    /** Changes outstanding at once while warming up: enough to keep every service busy, too few to queue. */
    private static final int WARM_UP_IN_FLIGHT = 8;

    @Override
    public String name() {
        return "end-to-end";
    }

    @Override
    public String title() {
        return "End to end: profile change → signal → e-mail";
    }

    @Override
    public void run(BenchmarkContext context, ScenarioReport report) throws Exception {
        int clients = context.size().endToEndClients();
        int rate = context.size().endToEndRate();
        PlatformClient adviser = context.platform().adviser(ReviewClients.TENANT);
        adviser.post(context.platform().url(PlatformService.CAMPAIGN, "/api/v1/campaigns"),
                PlatformClient.toJson(Map.of("name", "Jaarlijkse review", "kind", "TRIGGERED", "mode", "AUTO",
                        "signalTypes", List.of(ProfileChangeRound.SIGNAL_TYPE),
                        "templateId", "builtin:" + ProfileChangeRound.SIGNAL_TYPE)))
                .expect(201);
        long importing = System.nanoTime();
        String[] ids = ClientImport.run(context.platform(), clients);
        context.log(String.format("end to end: %,d clients imported and read by the services in %.1f s", clients,
                (System.nanoTime() - importing) / 1e9));
        ProfileChangeRound round = new ProfileChangeRound(context, ids);
        long warming = System.nanoTime();
        round.warmUp(0, WARM_UP_IN_FLIGHT);
        context.log(String.format("end to end: every client changed once, %d at a time, to warm the services up, in "
                + "%.1f s", WARM_UP_IN_FLIGHT, (System.nanoTime() - warming) / 1e9));
        List<ProfileChangeRound.Result> results = context.repetitions().run("end to end", context::log,
                () -> MeasuredWindow.open(context, report, name(),
                        context.platform().service(PlatformService.SIGNAL)), index -> round.run(index + 1));
        figures(report, results, rate, clients);
        report.table(HopLatencies.table(results.stream().map(ProfileChangeRound.Result::hops).toList()));
        report.checked(String.format("per round %,d profile changes answered 200 → %,d ANNUAL_REVIEW_DUE raised on "
                + "signals.v1 → %,d e-mails accepted by the SMTP sink, exactly one per client", clients, clients,
                clients));
        report.note(String.format("Each round changes each of the %,d clients once, open loop at %d changes/s "
                + "(PUT /api/v1/clients/{id}: the last review date moves to 13 months ago, which makes the SILVER "
                + "review overdue). Latency counts from the change's due time, so a backlog shows in the percentiles. "
                + "Before the rounds every client is changed once at the pace the services take (%d changes "
                + "outstanding at a time), to warm their JITs up; that round is not measured.",
                clients, rate, WARM_UP_IN_FLIGHT));
    }

    private static void figures(ScenarioReport report, List<ProfileChangeRound.Result> results, int rate,
            int clients) {
        Latency.Spread endToEnd = spread(results, ProfileChangeRound.Result::endToEnd);
        String at = " at " + rate + " changes/s";
        Figure p99 = Figure.of("p99 profile change → e-mail accepted" + at, endToEnd.p99(), "ms");
        report.figure(rate == TARGET_RATE
                ? p99.target("p99 < 1 s at 200 events/s", endToEnd.p99().median() < TARGET_P99_MS) : p99);
        report.figure(Figure.of("p50 profile change → e-mail accepted" + at, endToEnd.p50(), "ms"));
        report.figure(Figure.of("p99.9 profile change → e-mail accepted" + at, endToEnd.p999(), "ms"));
        Latency.Spread toSignal = spread(results, ProfileChangeRound.Result::toSignal);
        Latency.Spread toMail = spread(results, ProfileChangeRound.Result::signalToMail);
        report.figure(Figure.of("… p50 / p99 change → SignalRaised on signals.v1", toSignal.p50(), "ms")
                .baseline("p99 " + Numbers.format(toSignal.p99().median()) + " ms"));
        report.figure(Figure.of("… p50 / p99 SignalRaised → e-mail accepted", toMail.p50(), "ms")
                .baseline("p99 " + Numbers.format(toMail.p99().median()) + " ms"));
        report.figure(Figure.of("… p99 of the PUT itself (client-service)",
                spread(results, ProfileChangeRound.Result::restCall).p99(), "ms"));
        report.figure(Figure.of("rate the changes actually went out at (" + Numbers.count(clients) + " per round)",
                Stats.of(results.stream().map(ProfileChangeRound.Result::sentRate).toList()), "changes/s"));
    }

    private static Latency.Spread spread(List<ProfileChangeRound.Result> results,
            Function<ProfileChangeRound.Result, Latency> latency) {
        return Latency.Spread.of(results.stream().map(latency).toList());
    }
}
