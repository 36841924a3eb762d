package nl.nazorg.benchmarks.ratechange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.measure.CountMismatch;

/**
 * Baseline: what the database alone must write for one measured step, with nothing of the service in between —
 * every open signal of the book rewritten (figures and wording as new values of the same size, a new fingerprint,
 * time and version), one outbox row of the event's size per signal, in one transaction per page of 1,000 clients as
 * the service writes them (autocommit: one statement each), then the outbox read back and emptied in the relay's
 * batches, all on one connection. No rules, no JSON, no parameters to send: a floor under the service's step (the
 * signal rows are the service's own, so their size and layout are what it works with), not a design to copy. The
 * outbox rows go to a scratch table that no relay reads.
 */
final class WriteFloor {

    private static final int PAGE = 1_000;
    /** The relay's default batch ({@code nazorg.messaging.outbox.batch-size}). */
    private static final int RELAY_BATCH = 5_000;
    private static final String SCRATCH = "bench_outbox";

    private static final String STEP = """
            WITH changed AS (
                UPDATE signal s SET figures = s.figures || '', explanation_nl = s.explanation_nl || '',
                    explanation_en = s.explanation_en || '', fingerprint = md5(s.fingerprint || s.version),
                    updated_at = now(), version = s.version + 1
                WHERE s.tenant_id = ? AND s.client_id = ANY(?) AND s.resolved_at IS NULL
                RETURNING s.client_id, s.tenant_id)
            INSERT INTO bench_outbox (ce_id, topic, kafka_key, ce_type, ce_source, ce_time, ce_subject, tenant_id,
                payload)
            SELECT gen_random_uuid(), 'bench', client_id, 'bench', 'bench', now(), client_id, tenant_id, repeat('x', ?)
            FROM changed""";

    private static final String RELAY = "DELETE FROM " + SCRATCH + " WHERE seq IN (SELECT seq FROM " + SCRATCH
            + " ORDER BY seq LIMIT " + RELAY_BATCH + ") RETURNING seq, ce_id, topic, kafka_key, ce_type, ce_source,"
            + " ce_time, ce_subject, tenant_id, payload";

    private WriteFloor() {
    }

    /** Runs one step's writes; answers its seconds after checking every signal was written and relayed once. */
    static double seconds(DataSource signalDatabase, int loanParts, int eventBytes) throws SQLException {
        int clients = loanParts / LoanBook.PARTS_PER_CLIENT;
        String prefix = LoanBook.clientPrefix(loanParts);
        try (Connection connection = signalDatabase.getConnection();
             Statement scratch = connection.createStatement();
             PreparedStatement step = connection.prepareStatement(STEP);
             PreparedStatement relay = connection.prepareStatement(RELAY)) {
            scratch.execute("CREATE TABLE IF NOT EXISTS " + SCRATCH + " (LIKE nazorg_outbox INCLUDING ALL)");
            scratch.execute("TRUNCATE " + SCRATCH);
            long start = System.nanoTime();
            long written = 0;
            for (int first = 0; first < clients; first += PAGE) {
                String[] page = IntStream.range(first, Math.min(first + PAGE, clients))
                        .mapToObj(i -> prefix + String.format("%07d", i)).toArray(String[]::new);
                step.setString(1, LoanBook.TENANT);
                step.setArray(2, connection.createArrayOf("text", page));
                step.setInt(3, eventBytes);
                written += step.executeUpdate();
            }
            long relayed = 0;
            for (int batch = relayBatch(relay); batch > 0; batch = relayBatch(relay)) {
                relayed += batch;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            scratch.execute("DROP TABLE " + SCRATCH);
            CountMismatch.check("signals the write floor rewrote", clients, written);
            CountMismatch.check("outbox rows the write floor relayed", clients, relayed);
            return seconds;
        }
    }

    /** One relay batch read (every column, as the relay reads them) and deleted; answers its rows. */
    private static int relayBatch(PreparedStatement relay) throws SQLException {
        int rows = 0;
        try (ResultSet batch = relay.executeQuery()) {
            while (batch.next()) {
                for (int column = 1; column <= batch.getMetaData().getColumnCount(); column++) {
                    batch.getString(column);
                }
                rows++;
            }
        }
        return rows;
    }
}
