package nl.nazorg.benchmarks.outboxrelay;

import java.util.List;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.BenchmarkSize;
import nl.nazorg.benchmarks.Scenario;
import nl.nazorg.benchmarks.measure.Stats;
import nl.nazorg.benchmarks.report.Figure;
import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.ScenarioReport;

/**
 * The outbox relay on its own (issue 13: at least 40,000 events/s): a service-shaped outbox table holding N pending
 * rows, drained by reliable-messaging's {@code OutboxRelay} to the real broker, against a plain KafkaProducer sending
 * as many records of the same keys and size in the same run.
 */
public final class OutboxRelayScenario implements Scenario {

    private static final double TARGET_RATE = 40_000;
    private static final String DATABASE = "signal";

    @Override
    public String name() {
        return "outbox-relay";
    }

    @Override
    public String title() {
        return "Outbox relay";
    }

    /** Rows per repetition: the size's own scale (ci counts only; full is a million, like the ingest). */
    static int rows(BenchmarkSize size) {
        return switch (size.name()) {
            case "ci" -> 2_000;
            case "medium" -> 200_000;
            default -> 1_000_000;
        };
    }

    @Override
    public void run(BenchmarkContext context, ScenarioReport report) throws Exception {
        DataSource database = context.platform().database(DATABASE);
        new RelayBacklog(database).create();
        int rows = rows(context.size());
        RelayDrain drain = new RelayDrain(context, database, rows);
        List<RelayDrain.Result> results = context.repetitions().run("outbox relay", context::log, drain::run);

        Stats rate = stats(results, RelayDrain.Result::eventsPerSecond);
        Stats plain = stats(results, RelayDrain.Result::plainEventsPerSecond);
        Stats ratio = stats(results, r -> r.eventsPerSecond() / r.plainEventsPerSecond());
        report.figure(Figure.of("relayed by OutboxRelay, " + Numbers.count(rows) + " rows (read, sent, acknowledged, "
                + "deleted)", rate, "events/s").target("≥ 40,000 events/s", rate.median() >= TARGET_RATE)
                .baseline("plain KafkaProducer, same keys and value size: " + Numbers.format(plain.median())
                        + " events/s"));
        report.figure(Figure.of("… as a share of the plain producer (same run)", ratio, "×"));
        report.figure(Figure.of("baseline: plain KafkaProducer (acks=all, idempotent), " + Numbers.count(rows)
                + " records of " + RelayBacklog.payloadBytes() + " bytes", plain, "events/s"));
        report.checked(String.format("per repetition %,d outbox rows (%d-byte payloads, %,d keys) → exactly %,d records "
                + "on a fresh topic, none parked, the table drained", rows, RelayBacklog.payloadBytes(),
                RelayBacklog.CLIENTS, rows));
        report.note("The table is the library's own DDL in schema `" + RelayBacklog.SCHEMA + "` of the signal "
                + "database, filled by one INSERT … SELECT generate_series before the relay starts; the relay runs in "
                + "the benchmark's JVM with the settings a service uses (batches of 5,000, RelayProducerFactory's "
                + "producer: idempotent, acks=all, lz4) and is timed from its start until no row is pending, i.e. every "
                + "row was acknowledged by the broker and deleted. The plain producer sends uncompressed.");
    }

    private static Stats stats(List<RelayDrain.Result> results, ToDoubleFunction<RelayDrain.Result> figure) {
        return Stats.of(results.stream().map(figure::applyAsDouble).toList());
    }
}
