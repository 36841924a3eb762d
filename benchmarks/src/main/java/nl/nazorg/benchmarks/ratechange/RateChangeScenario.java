package nl.nazorg.benchmarks.ratechange;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.MeasuredWindow;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.kafka.PlainProducer;
import nl.nazorg.benchmarks.kafka.ProducerPerformanceTool;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.platform.PlatformSettling;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.report.ScenarioReport;
import nl.nazorg.events.EventType;
import nl.nazorg.events.market.MarketRate;
import nl.nazorg.events.portfolio.RiskClass;
import nl.nazorg.launcher.PlatformService;

/**
 * Market-rate change (DESIGN.md §4, §11): a book of N loan parts is loaded, the benchmark lender's rate is first set
 * where nothing changes, then lowered so every client gets a REFINANCE_SAVING (the warm-up), then lowered further in
 * steps that update every client's signal (the measured repetitions). Each step is timed from publishing the rate
 * table until the last signal event is on {@code signals.v1}. Baselines at every size: the selection as one SQL
 * query, a plain KafkaProducer (and Kafka's ProducerPerformance) writing the same records, and the database's own
 * writes for a step ({@link WriteFloor}).
 */
public final class RateChangeScenario implements Scenario {

    static final String BASELINE_TOPIC = "bench.baseline.signals";
    /** The unchanged rate (the book pays 4,5%: no saving), then the warm-up drop, then the measured steps. */
    private static final String NO_SAVING_RATE = "4.600";
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(5);
    /** A fixed-rate period the book's 10-year parts do not compare with. */
    private static final int UNUSED_PERIOD_YEARS = 20;

    @Override
    public String name() {
        return "rate-change";
    }

    @Override
    public String title() {
        return "Market-rate change";
    }

    @Override
    public void run(BenchmarkContext context, ScenarioReport report) throws Exception {
        DataSource signalDatabase = context.platform().database("signal");
        context.platform().createScratchTopic(BASELINE_TOPIC);
        LoanBook book = new LoanBook();
        RatePass pass = new RatePass(context);
        RateChangeFigures figures = new RateChangeFigures(report);
        List<Integer> sizes = context.size().rateChangeLoanParts();
        for (int loanParts : sizes) {
            boolean largest = loanParts == sizes.get(sizes.size() - 1);
            long loading = System.nanoTime();
            book.load(signalDatabase, loanParts);
            context.log(String.format("rate change: %,d loan parts loaded in %.1f s", loanParts,
                    (System.nanoTime() - loading) / 1e9));
            try {
                measure(context, report, pass, figures, loanParts, largest);
            } finally {
                book.remove(signalDatabase);
            }
        }
        figures.flatness(sizes);
        report.note("Each client holds two variable-rate NHG annuity parts of € 150.000 at 4,5%. The warm-up step "
                + "(4,6% → 3,0%) raises one REFINANCE_SAVING per client; each measured step lowers the rate by 0,1 "
                + "point and updates every client's signal (new figures), so every step publishes one event per "
                + "client. A change that moves no figure is timed three times: before the warm-up (no part's rate "
                + "is above the new one and no client has a rate signal, so the selection finds nobody); after the "
                + "steps with the last step's table published again (equal but for its publication time, so it asks "
                + "for no re-evaluation); and with a " + UNUSED_PERIOD_YEARS + "-year rate added to it, which no loan "
                + "part compares with (every client holds an open rate signal, so only a pass that knows which "
                + "periods a change reaches can leave them alone).");
        ServiceJvm signal = context.platform().service(PlatformService.SIGNAL);
        report.note("Peak heap: the largest heap occupancy just before a garbage collection during the step (from "
                + "the service's GC notifications); live heap: the largest left after a full collection (0 when there "
                + "was none). The service runs with the launcher's " + String.join(" ", signal.jvmOptions())
                + ", so its heap cannot exceed " + signal.heapMegabytes() + " MB without failing.");
        report.note("campaign-service consumes signals.v1 (its signal projection), so it works through every step's "
                + "events at the same time; its CPU is in the breakdown below.");
    }

    private void measure(BenchmarkContext context, ScenarioReport report, RatePass pass, RateChangeFigures figures,
            int loanParts, boolean largest) throws Exception {
        int clients = loanParts / LoanBook.PARTS_PER_CLIENT;
        RatePass.Timing unchanged = pass.run(NO_SAVING_RATE, loanParts, 0, null);
        context.log(String.format("rate change: %,d loan parts, pass with nothing to publish: %s", loanParts, unchanged));
        List<String> rates = IntStream.range(0, context.repetitions().total())
                .mapToObj(i -> String.format(java.util.Locale.ROOT, "%.3f", 3.0 - 0.1 * i)).toList();
        // The largest book is recorded and its CPU accounted; the smaller ones are measured only.
        Supplier<AutoCloseable> window = () -> largest ? MeasuredWindow.open(context, report, name(),
                context.platform().service(PlatformService.SIGNAL)) : () -> { };
        List<RatePass.Timing> timings = context.repetitions().run("rate change " + loanParts, context::log, window,
                index -> pass.run(rates.get(index), loanParts, clients,
                        (index == 0 ? EventType.SIGNAL_RAISED : EventType.SIGNAL_UPDATED).ceType()));
        String last = rates.get(rates.size() - 1);
        RatePass.Timing sameTable = pass.run(last, loanParts, 0, null);
        context.log(String.format("rate change: %,d loan parts, every client with an open signal, the same table "
                + "again: %s", loanParts, sameTable));
        RatePass.Timing unusedRate = pass.run(List.of(RatePass.tenYears(last),
                new MarketRate(UNUSED_PERIOD_YEARS, RiskClass.NHG, new BigDecimal(last))), loanParts, 0, null);
        context.log(String.format("rate change: %,d loan parts, every client with an open signal, a %d-year rate "
                + "added: %s", loanParts, UNUSED_PERIOD_YEARS, unusedRate));
        report.checked(String.format("%,d loan parts of %,d clients in → %,d signal events out on signals.v1 in every "
                + "step (SignalRaised in the warm-up, SignalUpdated after), none for the three passes that "
                + "change nothing, outbox empty after each step", loanParts, clients, clients));
        figures.size(loanParts, new RateChangeFigures.Unchanged(unchanged, sameTable, unusedRate), timings,
                baselines(context, loanParts, last, timings.get(timings.size() - 1).eventBytes()));
    }

    private RateChangeFigures.Baselines baselines(BenchmarkContext context, int loanParts, String rate, int eventBytes)
            throws Exception {
        DataSource signalDatabase = context.platform().database("signal");
        int clients = loanParts / LoanBook.PARTS_PER_CLIENT;
        // campaign-service may still be reading the last step's events: the baselines run on a quiet platform.
        PlatformSettling.await(context.platform(), SETTLE_LIMIT);
        List<String> keys = IntStream.range(0, clients)
                .mapToObj(i -> LoanBook.clientPrefix(loanParts) + String.format("%07d", i)).toList();
        List<Double> query = context.repetitions().run("SQL selection " + loanParts, context::log,
                index -> SelectionQuery.seconds(signalDatabase, loanParts, rate));
        List<Double> producer = context.repetitions().run("plain producer " + clients, context::log,
                index -> PlainProducer.seconds(context.platform().kafkaBootstrapServers(), BASELINE_TOPIC, keys,
                        eventBytes, EventType.SIGNAL_UPDATED.ceType()));
        List<Double> tool = context.repetitions().run("ProducerPerformance " + clients, context::log,
                index -> ProducerPerformanceTool.seconds(context.platform().kafkaBootstrapServers(), BASELINE_TOPIC,
                        clients, eventBytes));
        List<Double> floor = context.repetitions().run("database writes " + clients, context::log,
                index -> WriteFloor.seconds(signalDatabase, loanParts, eventBytes));
        return new RateChangeFigures.Baselines(Stats.of(query), Stats.of(producer), Stats.of(tool), Stats.of(floor),
                eventBytes, clients);
    }
}
