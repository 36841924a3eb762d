package nl.nazorg.benchmarks.ingest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.kafka.common.TopicPartition;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.kafka.ConsumerLag;
import nl.nazorg.benchmarks.kafka.TopicWatch;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.platform.CpuSnapshot;
import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.platform.Sql;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.launcher.PlatformService;

/**
 * One ingest repetition: N profile and portfolio events of fresh clients are published as fast as a producer can,
 * which builds a backlog within a fraction of the drain time, and portfolio-signal-service is timed from the first
 * event until it has applied every one (its message log holds all N); then its lag must be 0 and exactly one signal
 * per client must be out. The pass-through baseline then copies exactly the same records. campaign-service, which
 * reads the same profiles (and the signals they cause), works alongside, as it does in production.
 */
final class IngestDrain {

    static final String PASS_THROUGH_TOPIC = "bench.baseline.pass-through";
    private static final String SIGNAL_GROUP = "portfolio-signal-service";
    private static final String CAMPAIGN_GROUP = "campaign-service";
    private static final List<String> TOPICS = List.of(Topics.CLIENT_PROFILES, Topics.PORTFOLIOS);

    private final BenchmarkContext context;
    private final IngestClients clients = new IngestClients();
    private final DataSource signalDatabase;
    private final ServiceJvm service;

    IngestDrain(BenchmarkContext context) {
        this.context = context;
        this.signalDatabase = context.platform().database("signal");
        this.service = context.platform().service(PlatformService.SIGNAL);
    }

    Result run(int repetition) throws Exception {
        int clientCount = context.size().ingestEvents() / 2;
        int events = clientCount * 2;
        String bootstrap = context.platform().kafkaBootstrapServers();
        Duration timeout = Duration.ofSeconds(Math.max(180, events / 100));
        try (ConsumerLag lag = new ConsumerLag(bootstrap);
             TopicWatch signals = TopicWatch.fromEnd(bootstrap, Topics.SIGNALS,
                     TopicWatch.keyPrefixAndType(IngestClients.prefix(repetition), EventType.SIGNAL_RAISED.ceType()))) {
            Map<TopicPartition, Long> from = lag.endOffsets(TOPICS);
            long insertedBefore = inserted();
            CpuSnapshot cpuBefore = CpuSnapshot.take(context.platform());
            long serviceCpu = service.cpuNanos();
            Instant started = Instant.now();
            long start = System.nanoTime();
            double preloadSeconds = preload(repetition, clientCount);
            Map<TopicPartition, Long> to = lag.endOffsets(TOPICS);
            // The baseline copies exactly what the service drains, at every size: nothing else was written between.
            CountMismatch.check("records between the offsets the pass-through copies", events,
                    PassThrough.records(from, to));
            Instant drained = drained(timeout, events, insertedBefore, started);
            CpuSnapshot.CpuUse cpu = cpuBefore.until(CpuSnapshot.take(context.platform()));
            double cpuMicrosPerEvent = (service.cpuNanos() - serviceCpu) / 1e3 / events;

            checkCounts(lag, signals, repetition, clientCount, events, started);
            long campaignCaughtUp = Poll.until("campaign-service lag on client-profiles.v1", timeout,
                    () -> lag.of(CAMPAIGN_GROUP, List.of(Topics.CLIENT_PROFILES)) == 0 ? System.nanoTime() : null,
                    () -> "lag " + lag.of(CAMPAIGN_GROUP, List.of(Topics.CLIENT_PROFILES)));
            double passThroughSeconds = PassThrough.seconds(bootstrap, from, to, PASS_THROUGH_TOPIC,
                    "bench-pass-through-" + repetition);
            double drainSeconds = Duration.between(started, drained).toNanos() / 1e9;
            return new Result(events / drainSeconds, events / passThroughSeconds, events / preloadSeconds,
                    cpuMicrosPerEvent, (campaignCaughtUp - start) / 1e9, cpu);
        }
    }

    private double preload(int repetition, int clientCount) {
        long start = System.nanoTime();
        for (int i = 0; i < clientCount; i++) {
            String clientId = IngestClients.clientId(repetition, i);
            context.events().publish(clients.profile(clientId));
            context.events().publish(clients.portfolio(clientId));
        }
        context.events().flush();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * When the service had applied every event: the start of the transaction that recorded the last of them in the
     * message log ({@code processed_at}; a poll's transaction takes tens of milliseconds). Counting the message log
     * reads every row of the run: polled every 20 ms, then every second, the count took more of PostgreSQL than the
     * service did (pg_stat_statements, 0.35 of a core at 1,000,000 events). So the end is waited for through the
     * table's insert statistics, which cost nothing, then confirmed by one exact count (polled only if it falls
     * short). The statistics are not the clock: an idle backend flushes them up to 10 s after its last commit
     * (PostgreSQL's idle statistics interval), which at 1,000 events was most of the measured time.
     */
    private Instant drained(Duration timeout, int events, long insertedBefore, Instant started) {
        Poll.untilAtLeast("rows inserted into the message log (table statistics)", timeout, Duration.ofMillis(100),
                insertedBefore + events, this::inserted);
        if (applied(started) < events) {
            Poll.untilAtLeast("events applied by portfolio-signal-service", timeout, Duration.ofSeconds(1), events,
                    () -> applied(started));
        }
        return lastApplied(started);
    }

    /** When the last event since {@code since} was recorded (the age index serves it). */
    private Instant lastApplied(Instant since) {
        return Sql.rows(signalDatabase, "SELECT max(processed_at) FROM nazorg_processed_event "
                        + "WHERE consumer_group = ? AND processed_at >= ?",
                row -> row.getTimestamp(1).toInstant(), SIGNAL_GROUP, Timestamp.from(since)).get(0);
    }

    /** Rows ever inserted into the message log (cumulative statistics, which lag the commits: see drained). */
    private long inserted() {
        return Sql.number(signalDatabase, "SELECT coalesce(sum(n_tup_ins), 0) FROM pg_stat_user_tables "
                + "WHERE relname = 'nazorg_processed_event'");
    }

    /** Events the service's message log recorded since {@code since} (each in the transaction of its effect). */
    private long applied(Instant since) {
        return Sql.number(signalDatabase, "SELECT count(*) FROM nazorg_processed_event WHERE consumer_group = ? "
                + "AND processed_at >= ?", SIGNAL_GROUP, Timestamp.from(since));
    }

    private void checkCounts(ConsumerLag lag, TopicWatch signals, int repetition, int clientCount, int events,
            Instant started) throws Exception {
        CountMismatch.check("events applied (message log)", events, applied(started));
        Poll.until("portfolio-signal-service lag 0 (offsets committed)", Duration.ofSeconds(60),
                () -> lag.of(SIGNAL_GROUP, TOPICS) == 0);
        Poll.until("outbox of portfolio-signal-service empty", Duration.ofMinutes(2),
                () -> Sql.pendingOutbox(signalDatabase) == 0);
        signals.awaitEnd(lag.endOffsets(List.of(Topics.SIGNALS)), Duration.ofSeconds(30));
        CountMismatch.check("SignalRaised on signals.v1 for the ingested clients", clientCount, signals.count());
        String clientsLike = IngestClients.prefix(repetition) + "%";
        CountMismatch.check("open signals of the ingested clients", clientCount, Sql.number(signalDatabase,
                "SELECT count(*) FROM signal WHERE client_id LIKE ? AND resolved_at IS NULL", clientsLike));
        CountMismatch.check("of them " + IngestClients.EXPECTED_SIGNAL, clientCount, Sql.number(signalDatabase,
                "SELECT count(*) FROM signal WHERE client_id LIKE ? AND type = ?", clientsLike,
                IngestClients.EXPECTED_SIGNAL));
    }

    /**
     * @param eventsPerSecond            the service's drain rate
     * @param passThroughEventsPerSecond the baseline over the same records
     * @param preloadEventsPerSecond     how fast the preload was produced
     * @param cpuMicrosPerEvent          the service's CPU per event
     * @param campaignDrainSeconds       until campaign-service had committed the same profiles (lag 0)
     */
    record Result(double eventsPerSecond, double passThroughEventsPerSecond, double preloadEventsPerSecond,
                  double cpuMicrosPerEvent, double campaignDrainSeconds, CpuSnapshot.CpuUse cpu) {

        @Override
        public String toString() {
            return String.format("%.0f events/s (pass-through %.0f events/s), %.0f µs CPU per event",
                    eventsPerSecond, passThroughEventsPerSecond, cpuMicrosPerEvent);
        }
    }
}
