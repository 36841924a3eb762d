package nl.nazorg.benchmarks.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.MeasuredWindow;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.platform.Sql;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.ScenarioReport;
import nl.nazorg.infra.mail.Mailbox;
import nl.nazorg.launcher.PlatformService;

/**
 * The SMTP server restarted during a campaign of DESIGN.md §11's size (issue 17): the sink is stopped when half the
 * e-mails were accepted and started again {@link #OUTAGE} later. Every e-mail of the campaign must arrive, none may
 * be FAILED, and an e-mail may arrive twice only inside the documented window: its first copy accepted in the SMTP
 * conversations the stop cut off (at most the mailer's time-out, 10 s, before the stop), whose answer the service never
 * read. Counted by the {@code X-Nazorg-Send-Id} of every e-mail the sink received against the campaign's send log.
 */
public final class SmtpRestartScenario implements Scenario {

    static final String TENANT = "bench-smtp-restart";
    /** As long as a mail server's restart with a slow start; several back-offs of the dispatcher (2 s doubling). */
    static final Duration OUTAGE = Duration.ofSeconds(30);
    /** campaign-service's {@code quarkus.mailer.timeout}: how long before the stop a cut-off conversation began. */
    private static final Duration CUT_OFF = Duration.ofSeconds(10);

    @Override
    public String name() {
        return "smtp-restart";
    }

    @Override
    public String title() {
        return "SMTP restart during a campaign";
    }

    @Override
    public void run(BenchmarkContext context, ScenarioReport report) throws Exception {
        int recipients = context.size().campaignRecipients();
        CampaignContacts.load(context.platform().database("campaign"), TENANT, recipients);
        SelectionCampaigns campaigns = new SelectionCampaigns(context.platform(), TENANT);
        String campaign = campaigns.create("Tevredenheid, SMTP-herstart");
        Mailbox mailbox = context.platform().mailbox();
        Duration timeout = Duration.ofSeconds(300 + recipients / 20);
        Map<String, List<Instant>> arrivals;
        Instant stopped;
        long start;
        long resumed;
        long last;
        try (MeasuredWindow window = MeasuredWindow.open(context, report, name(),
                context.platform().service(PlatformService.CAMPAIGN));
             SendIdTally tally = SendIdTally.start(context.platform().mailFeed())) {
            long before = mailbox.receivedCount();
            start = System.nanoTime();
            CountMismatch.check("recipients planned", recipients, campaigns.launch(campaign));
            Poll.untilAtLeast("half the e-mails accepted", timeout, before + recipients / 2, mailbox::receivedCount);
            context.platform().smtp().stop();
            // Taken after the stop returned: the sink kept nothing later (a message still arriving is not kept).
            stopped = Instant.now();
            try {
                context.log("SMTP sink stopped at " + (mailbox.receivedCount() - before) + " e-mails, for "
                        + OUTAGE.toSeconds() + " s");
                Thread.sleep(OUTAGE.toMillis()); // the outage itself, not a wait for a result
            } finally {
                context.platform().smtp().resume(); // also when interrupted: the next scenarios need the sink
            }
            resumed = System.nanoTime();
            JsonNode totals = campaigns.awaitSent(campaign, recipients, timeout);
            last = System.nanoTime();
            CountMismatch.check("e-mails failed (statistics)", 0, totals.get("failed").asLong());
            CountMismatch.check("e-mails sent (statistics)", recipients, totals.get("sent").asLong());
            arrivals = tally.stop();
        }
        Set<String> planned = new HashSet<>(Sql.rows(context.platform().database("campaign"),
                "SELECT send_id::text FROM send_log WHERE campaign_id = cast(? AS uuid)", row -> row.getString(1),
                campaign));
        CountMismatch.check("sends in the campaign's log", recipients, planned.size());
        long missing = planned.stream().filter(id -> !arrivals.containsKey(id)).count();
        Map<String, List<Instant>> twice = planned.stream()
                .filter(id -> arrivals.containsKey(id) && arrivals.get(id).size() > 1)
                .collect(Collectors.toMap(id -> id, arrivals::get));
        List<String> outsideTheWindow = twice.entrySet().stream()
                .filter(copies -> !inTheWindow(copies.getValue().get(0), stopped))
                .map(copies -> copies.getKey() + " at " + copies.getValue()).sorted().toList();
        CountMismatch.check("e-mails of the campaign never received", 0, missing);
        CountMismatch.checkThat(outsideTheWindow.isEmpty(), "e-mails received twice outside the window of the stop ("
                + stopped.minus(CUT_OFF) + " to " + stopped + "): " + outsideTheWindow);
        figures(report, recipients, twice.size(), start, resumed, last);
        report.checked(String.format("%,d recipients planned; every send id of the campaign's log received by the SMTP "
                + "sink, none FAILED, the statistics %,d sent; an e-mail received twice only when its first copy "
                + "arrived in the %d s before the stop", recipients, recipients, CUT_OFF.toSeconds()));
        report.note("The sink is stopped once half the e-mails were accepted and started again " + OUTAGE.toSeconds()
                + " s later on the same port. Stopping it closes the open SMTP conversations: one that had handed "
                + "over its message and not yet read the answer counts as failed in the service and is tried again "
                + "(the duplicate window, campaign-service's README). Measured once, not repeated: it checks a "
                + "promise, its times only show how soon sending resumed.");
    }

    /** A first copy kept by the sink in the conversations the stop cut off: at most the mailer's time-out before. */
    private static boolean inTheWindow(Instant firstCopy, Instant stopped) {
        return !firstCopy.isAfter(stopped) && !firstCopy.isBefore(stopped.minus(CUT_OFF));
    }

    private static void figures(ScenarioReport report, int recipients, long twice, long start, long resumed,
                                long last) {
        report.figure(Figure.of("e-mails of " + Numbers.count(recipients) + " received exactly once",
                Stats.single(recipients - twice), "e-mails"));
        report.figure(Figure.of("… received twice (first copy in the conversations the stop cut off)",
                Stats.single(twice), "e-mails"));
        report.figure(Figure.of("sink back → every e-mail accepted and recorded",
                Stats.single((last - resumed) / 1e9), "s"));
        report.figure(Figure.of("launch → every e-mail accepted and recorded (" + OUTAGE.toSeconds()
                + " s outage included)", Stats.single((last - start) / 1e9), "s"));
    }
}
