package nl.nazorg.benchmarks.outboxrelay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.ds.common.BaseDataSource;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.kafka.PlainProducer;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.messaging.outbox.OutboxRelay;
import nl.nazorg.messaging.outbox.RelayProducerFactory;
import nl.nazorg.messaging.outbox.RelaySettings;

/**
 * One repetition: a backlog of N rows, then the library's {@link OutboxRelay} (the settings a service runs it with)
 * started on it and timed until every row is acknowledged by the broker and deleted; then the plain-producer
 * baseline with the same keys and value size. Each repetition writes to fresh topics.
 */
final class RelayDrain {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(20);

    /** One repetition's figures. */
    record Result(double eventsPerSecond, double plainEventsPerSecond) {

        @Override
        public String toString() {
            return String.format("relay %.0f events/s, plain producer %.0f events/s", eventsPerSecond,
                    plainEventsPerSecond);
        }
    }

    private final BenchmarkContext context;
    private final DataSource database;
    private final RelayBacklog backlog;
    private final int rows;

    RelayDrain(BenchmarkContext context, DataSource database, int rows) {
        this.context = context;
        this.database = database;
        this.backlog = new RelayBacklog(database);
        this.rows = rows;
    }

    Result run(int repetition) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String relayTopic = "benchmark-relay-" + run;
        String plainTopic = "benchmark-relay-plain-" + run;
        context.platform().createScratchTopic(relayTopic);
        context.platform().createScratchTopic(plainTopic);
        backlog.fill(relayTopic, rows);

        double seconds = relaySeconds();
        CountMismatch.check("rows parked by the relay", 0, backlog.parked());
        CountMismatch.check("records on " + relayTopic, rows, recordsOn(relayTopic));

        List<String> keys = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            keys.add("client-" + (i % RelayBacklog.CLIENTS));
        }
        double plainSeconds = PlainProducer.seconds(context.platform().kafkaBootstrapServers(), plainTopic, keys,
                RelayBacklog.payloadBytes(), RelayBacklog.CE_TYPE);
        return new Result(rows / seconds, rows / plainSeconds);
    }

    private double relaySeconds() throws Exception {
        Vertx vertx = Vertx.vertx();
        Pool pool = pool(vertx);
        Map<String, Object> kafka = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                context.platform().kafkaBootstrapServers());
        RelaySettings settings = new RelaySettings(5000, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        try (OutboxRelay relay = new OutboxRelay(pool,
                () -> new KafkaProducer<>(RelayProducerFactory.properties(kafka, Map.of())), settings)) {
            long started = System.nanoTime();
            relay.start();
            if (!Poll.within(TIMEOUT, POLL, backlog::drained)) {
                throw new CountMismatch("the relay did not drain " + rows + " rows within " + TIMEOUT);
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.closeAndAwait();
            vertx.closeAndAwait();
        }
    }

    /** The service's pool as the relay sees it: the signal database, with the benchmark's schema first. */
    private Pool pool(Vertx vertx) throws Exception {
        BaseDataSource source = database.unwrap(BaseDataSource.class);
        PgConnectOptions options = new PgConnectOptions().setHost("localhost")
                .setPort(source.getPortNumbers()[0]).setDatabase(source.getDatabaseName())
                .setUser(source.getUser()).setPassword(source.getPassword())
                .setProperties(Map.of("search_path", RelayBacklog.SCHEMA));
        return PgPool.pool(vertx, options, new PoolOptions().setMaxSize(2));
    }

    private long recordsOn(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, context.platform().kafkaBootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
