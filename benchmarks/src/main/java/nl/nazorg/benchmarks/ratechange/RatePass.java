package nl.nazorg.benchmarks.ratechange;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.kafka.ConsumerLag;
import nl.nazorg.benchmarks.kafka.TopicWatch;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.platform.Sql;
import nl.nazorg.benchmarks.profile.HeapPeak;
import nl.nazorg.events.Topics;
import nl.nazorg.events.market.MarketRate;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.events.portfolio.RiskClass;
import nl.nazorg.launcher.PlatformService;

/**
 * One market-rate change, timed: the benchmark lender's 10-year NHG rate is published on {@code market-rates.v1},
 * the service stores it and re-evaluates every loan part; the pass is done when the last expected signal event is
 * on {@code signals.v1}. Then the counts are checked: exactly the expected events for the book, nothing left in the
 * outbox.
 */
final class RatePass {

    static final String LENDER = "BENCHBANK";

    private final BenchmarkContext context;
    private final DataSource signalDatabase;
    private final ServiceJvm service;

    RatePass(BenchmarkContext context) {
        this.context = context;
        this.signalDatabase = context.platform().database("signal");
        this.service = context.platform().service(PlatformService.SIGNAL);
    }

    /**
     * @param rate           the new rate, in percent
     * @param loanParts      the size of the book (its clients' key prefix)
     * @param expectedEvents signal events the book must produce (0 for a rate that changes nothing)
     * @param ceType         their type
     */
    Timing run(String rate, int loanParts, int expectedEvents, String ceType) {
        return run(List.of(tenYears(rate)), loanParts, expectedEvents, ceType);
    }

    /** The same with a table of several rates (the first is the 10-year rate the book compares with). */
    Timing run(List<MarketRate> rates, int loanParts, int expectedEvents, String ceType) {
        String rate = rates.get(0).rate().toPlainString();
        Duration timeout = Duration.ofSeconds(120).plusMillis(loanParts * 5L);
        String prefix = LoanBook.clientPrefix(loanParts);
        try (TopicWatch signals = TopicWatch.fromEnd(context.platform().kafkaBootstrapServers(), Topics.SIGNALS,
                record -> record.key() != null && record.key().startsWith(prefix));
             HeapPeak heap = HeapPeak.from(service)) {
            long cpuBefore = service.cpuNanos();
            Instant published = Instant.now();
            long start = System.nanoTime();
            context.events().publishNow(table(rates));
            long[] evaluated = {0};
            long[] onTopic = {expectedEvents == 0 ? start : 0};
            Poll.until("re-evaluation after the rate change to " + rate + "%", timeout, () -> {
                if (evaluated[0] == 0 && passFinished(published)) {
                    evaluated[0] = System.nanoTime();
                }
                if (onTopic[0] == 0 && signals.count() >= expectedEvents) {
                    onTopic[0] = System.nanoTime();
                }
                return evaluated[0] != 0 && onTopic[0] != 0 ? Boolean.TRUE : null;
            }, () -> signals.count() + " of " + expectedEvents + " signal events on the topic");
            Timing timing = new Timing((evaluated[0] - start) / 1e9, (Math.max(onTopic[0], evaluated[0]) - start) / 1e9,
                    heap.bytes(), heap.liveBytes(), heap.fullCollections(), (service.cpuNanos() - cpuBefore) / 1e9,
                    signals.averageValueBytes());
            checkCounts(signals, expectedEvents, ceType);
            return timing;
        }
    }

    private void checkCounts(TopicWatch signals, int expectedEvents, String ceType) {
        Poll.until("outbox of portfolio-signal-service empty", Duration.ofMinutes(2),
                () -> Sql.pendingOutbox(signalDatabase) == 0);
        try (ConsumerLag offsets = new ConsumerLag(context.platform().kafkaBootstrapServers())) {
            signals.awaitEnd(offsets.endOffsets(List.of(Topics.SIGNALS)), Duration.ofSeconds(30));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the end of " + Topics.SIGNALS, e);
        }
        CountMismatch.check("signal events on " + Topics.SIGNALS + " for the book", expectedEvents, signals.count());
        if (expectedEvents > 0) {
            CountMismatch.check("of them " + ceType, expectedEvents, signals.countOfType(ceType));
        }
    }

    private boolean passFinished(Instant published) {
        return Sql.bool(signalDatabase, "SELECT pending_since IS NULL AND received_at >= ? FROM market_rate_table "
                + "WHERE lender = ?", Timestamp.from(published.minusMillis(1)), LENDER);
    }

    /** The benchmark lender's 10-year NHG rate, the one the book's loan parts compare with. */
    static MarketRate tenYears(String rate) {
        return new MarketRate(10, RiskClass.NHG, new BigDecimal(rate));
    }

    private static MarketRateTable table(List<MarketRate> rates) {
        return MarketRateTable.of(LENDER, "Benchmark Bank", LocalDate.now().minusDays(1), rates, Instant.now());
    }

    /**
     * @param evaluatedSeconds  until the pass committed its last page (the table is no longer pending)
     * @param publishedSeconds  until the last signal event was on the topic (or the pass ended, when later)
     * @param heapPeakBytes     the service's peak heap during the pass (occupancy before a collection)
     * @param liveHeapBytes     the largest heap left after a full collection during the pass (0 without one)
     * @param fullCollections   full collections during the pass
     * @param cpuSeconds        CPU the service used
     * @param eventBytes        average value size of the signal events
     */
    record Timing(double evaluatedSeconds, double publishedSeconds, long heapPeakBytes, long liveHeapBytes,
                  long fullCollections, double cpuSeconds, int eventBytes) {

        @Override
        public String toString() {
            return String.format("evaluated %.2f s, on the topic %.2f s, heap peak %d MB (live %d MB after %d full "
                            + "GCs), CPU %.1f s", evaluatedSeconds, publishedSeconds, heapPeakBytes >> 20,
                    liveHeapBytes >> 20, fullCollections, cpuSeconds);
        }
    }
}
