package nl.nazorg.benchmarks.campaign;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.MeasuredWindow;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.platform.CpuSnapshot;
import nl.nazorg.benchmarks.platform.CpuSnapshot.CpuUse;
import nl.nazorg.benchmarks.platform.HeldInMemory;
import nl.nazorg.benchmarks.platform.ThreadCpu;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.ScenarioReport;
import nl.nazorg.infra.mail.Mailbox;
import nl.nazorg.infra.mail.RawMail;
import nl.nazorg.launcher.PlatformService;

/**
 * Campaign send (DESIGN.md §11): a selection campaign of personal e-mails to N contacts into the SMTP sink, timed
 * from the adviser's launch until the sink accepted the last one. Baselines in the same repetition: a raw SMTP
 * client sending one of those e-mails N times over the service's connection count, and rendering alone (the
 * preview endpoint with 20 samples against none).
 */
public final class CampaignSendScenario implements Scenario {

    static final String TENANT = "bench-campaign";
    /** campaign-service's {@code quarkus.mailer.max-pool-size} and dispatch concurrency. */
    static final int CONNECTIONS = 10;
    private static final double TARGET_RATE = 1_000;
    private static final double TARGET_RATIO = 0.4;
    /** GreenMail names the thread of each SMTP conversation "&lt;server&gt;&lt;-&lt;client address&gt;". */
    static final Predicate<String> SINK_THREADS = name -> name.contains("<-");
    static final String SINK = "SMTP sink (GreenMail's conversation threads)";
    static final String REST = "the rest of the benchmark JVM (Kafka broker, load generator)";
    private static final Duration THREAD_SAMPLING = Duration.ofMillis(100);

    @Override
    public String name() {
        return "campaign-send";
    }

    @Override
    public String title() {
        return "Campaign send";
    }

    @Override
    public void run(BenchmarkContext context, ScenarioReport report) throws Exception {
        int recipients = context.size().campaignRecipients();
        String domain = CampaignContacts.load(context.platform().database("campaign"), TENANT, recipients);
        SelectionCampaigns campaigns = new SelectionCampaigns(context.platform(), TENANT);
        String previewCampaign = campaigns.create("Voorbeeld (benchmark)");
        List<Result> results = context.repetitions().run("campaign send", context::log,
                () -> MeasuredWindow.open(context, report, name(),
                        context.platform().service(PlatformService.CAMPAIGN)),
                index -> send(context, campaigns, index, recipients).withBaselines(
                        rawSmtp(context, recipients, domain), RenderRate.perSecond(campaigns, previewCampaign)));
        figures(report, results, recipients);
        cpu(report, results);
        report.checked(String.format("per repetition: %,d recipients planned → %,d e-mails accepted by the SMTP sink, "
                + "the campaign's statistics %,d sent and 0 failed; the raw client's %,d e-mails all accepted",
                recipients, recipients, recipients, recipients));
        report.note("The e-mail is the shipped SURVEY_SATISFACTION invitation (SERVICE class): personal salutation, "
                + "a signed survey link rewritten to a tracked link, plain text and HTML parts, List-Unsubscribe "
                + "headers. The raw client re-sends one of the service's own e-mails byte for byte.");
        report.note("Rendering alone is measured through the service's preview endpoint: the median over three pairs "
                + "of the time for 20 rendered samples minus the time for none (both load the same selection), one "
                + "request at a time, so a per-thread rate.");
    }

    private Result send(BenchmarkContext context, SelectionCampaigns campaigns, int index, int recipients) {
        Mailbox mailbox = context.platform().mailbox();
        Duration timeout = Duration.ofSeconds(120 + recipients / 20);
        String campaign = campaigns.create("Tevredenheid " + index);
        long before = mailbox.receivedCount();
        long start;
        long launched;
        long last;
        CpuUse sending;
        try (SendingCpu cpu = SendingCpu.start(context)) {
            start = System.nanoTime();
            CountMismatch.check("recipients planned", recipients, campaigns.launch(campaign));
            launched = System.nanoTime();
            last = Poll.untilAtLeast("e-mails accepted by the SMTP sink", timeout, before + recipients,
                    mailbox::receivedCount);
            sending = cpu.stop();
        }
        JsonNode totals = campaigns.awaitSent(campaign, recipients, Duration.ofMinutes(2));
        CountMismatch.check("e-mails sent (statistics)", recipients, totals.get("sent").asLong());
        CountMismatch.check("e-mails failed (statistics)", 0, totals.get("failed").asLong());
        CountMismatch.check("e-mails accepted by the SMTP sink", recipients, mailbox.receivedCount() - before);
        HeldInMemory unrecorded = campaigns.unrecorded(campaign);
        CountMismatch.check("sent e-mails with a recorded time", recipients, unrecorded.rows());
        return new Result(recipients / ((last - start) / 1e9), recipients / ((last - launched) / 1e9),
                (launched - start) / 1e9, unrecorded, sending, null, 0);
    }

    private static Raw rawSmtp(BenchmarkContext context, int recipients, String domain) throws Exception {
        List<RawMail> kept = context.platform().mailFeed().read();
        byte[] mime = kept.get(kept.size() - 1).mime();
        Mailbox mailbox = context.platform().mailbox();
        long before = mailbox.receivedCount();
        double seconds;
        CpuUse sending;
        try (SendingCpu cpu = SendingCpu.start(context)) {
            seconds = RawSmtpClient.seconds(context.platform().smtpPort(), mime, recipients, CONNECTIONS, domain);
            sending = cpu.stop();
        }
        CountMismatch.check("e-mails of the raw SMTP client accepted", recipients, mailbox.receivedCount() - before);
        return new Raw(recipients / seconds, sending);
    }

    private static void figures(ScenarioReport report, List<Result> results, int recipients) {
        Stats rate = stats(results, Result::emailsPerSecond);
        Stats raw = stats(results, Result::rawEmailsPerSecond);
        Stats ratio = stats(results, r -> r.emailsPerSecond() / r.rawEmailsPerSecond());
        report.figure(Figure.of("launch → last of " + Numbers.count(recipients) + " personal e-mails accepted", rate,
                "e-mails/s").target("≥ 1,000 e-mails/s", rate.median() >= TARGET_RATE)
                .baseline("raw SMTP client, " + CONNECTIONS + " connections: " + Numbers.format(raw.median())
                        + " e-mails/s"));
        report.figure(Figure.of("… as a share of the raw SMTP client", ratio, "×")
                .target("≥ 0.4×", ratio.median() >= TARGET_RATIO));
        report.figure(Figure.of("… sending phase alone (after the launch answered)",
                stats(results, Result::sendingEmailsPerSecond), "e-mails/s"));
        report.figure(Figure.of("… planning (the launch request)", stats(results, Result::planningSeconds), "s"));
        report.figure(Figure.of("accepted by SMTP → recorded SENT, p99 of a campaign's e-mails",
                stats(results, r -> r.unrecorded().p99Millis()), "ms"));
        report.figure(Figure.of("accepted by SMTP → recorded SENT, the longest of a campaign's e-mails",
                stats(results, r -> r.unrecorded().maxMillis()), "ms"));
        report.figure(Figure.of("baseline: raw SMTP client, same e-mail, " + CONNECTIONS + " connections", raw,
                "e-mails/s"));
        List<Double> render = results.stream().map(Result::renderPerSecond).filter(Double::isFinite).toList();
        if (render.size() == results.size()) {
            report.figure(Figure.of("baseline: rendering alone (preview endpoint, one thread)", Stats.of(render),
                    "e-mails/s"));
        } else {
            report.note("Rendering alone could not be told apart from the noise of the preview request in every "
                    + "repetition (20 rendered samples took no measurably longer than none); no figure is given.");
        }
    }

    private static void cpu(ScenarioReport report, List<Result> results) {
        CpuUse service = CpuUse.combine(results.stream().map(Result::sendingCpu).toList());
        CpuUse raw = CpuUse.combine(results.stream().map(r -> r.raw().sendingCpu()).toList());
        report.note("CPU while campaign-service sent (launch → last accepted, average cores over the "
                + Numbers.format(service.seconds()) + " s of the repetitions): " + service.breakdown() + ".");
        report.note("CPU while the raw SMTP client sent (" + Numbers.format(raw.seconds()) + " s): "
                + raw.breakdown() + ". The sink's share is a lower bound (its threads are sampled every "
                + THREAD_SAMPLING.toMillis() + " ms; a conversation that ends in between loses the rest).");
    }

    private static Stats stats(List<Result> results, ToDoubleFunction<Result> figure) {
        return Stats.of(results.stream().map(figure::applyAsDouble).toList());
    }

    /** One repetition: the campaign and its two baselines. */
    record Result(double emailsPerSecond, double sendingEmailsPerSecond, double planningSeconds,
                  HeldInMemory unrecorded, CpuUse sendingCpu, Raw raw, double renderPerSecond) {

        Result withBaselines(Raw raw, double render) {
            return new Result(emailsPerSecond, sendingEmailsPerSecond, planningSeconds, unrecorded, sendingCpu, raw,
                    render);
        }

        double rawEmailsPerSecond() {
            return raw == null ? Double.NaN : raw.emailsPerSecond();
        }

        @Override
        public String toString() {
            return String.format("%.0f e-mails/s (sending %.0f/s, planning %.1f s, unrecorded %s); raw SMTP %.0f/s; "
                    + "render %.0f/s", emailsPerSecond, sendingEmailsPerSecond, planningSeconds, unrecorded,
                    rawEmailsPerSecond(), renderPerSecond);
        }
    }

    /**
     * Where the machine's CPU went while e-mails were being sent, with the SMTP sink's conversation threads apart from
     * the rest of the benchmark JVM; closing it without {@link #stop()} (a failed repetition) ends the sampling.
     */
    private record SendingCpu(BenchmarkContext context, CpuSnapshot from, ThreadCpu sink) implements AutoCloseable {

        static SendingCpu start(BenchmarkContext context) {
            return new SendingCpu(context, CpuSnapshot.take(context.platform()),
                    ThreadCpu.start(SINK_THREADS, THREAD_SAMPLING));
        }

        CpuUse stop() {
            return from.until(CpuSnapshot.take(context.platform()))
                    .split(CpuSnapshot.BENCHMARK_JVM, SINK, sink.stop(), REST);
        }

        @Override
        public void close() {
            sink.close();
        }
    }

    /** The raw SMTP client's run: its rate and where the CPU went meanwhile. */
    record Raw(double emailsPerSecond, CpuUse sendingCpu) {
    }
}
