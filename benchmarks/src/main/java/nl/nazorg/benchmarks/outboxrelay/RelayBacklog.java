package nl.nazorg.benchmarks.outboxrelay;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.platform.Sql;
import nl.nazorg.messaging.schema.MessagingMigrations;

/**
 * A service-shaped outbox (the library's own migrations) in a schema of the benchmark's own inside the signal database,
 * filled with one statement: rows shaped like portfolio-signal-service's signal events (about 500 bytes of JSON,
 * 10,000 clients as keys).
 */
final class RelayBacklog {

    static final String SCHEMA = "benchmark_relay";
    static final String CE_TYPE = "nl.nazorg.signal.raised.v1";
    static final int CLIENTS = 10_000;
    /** A SignalRaised's size: the row's payload is this prefix, the row number and a closing brace. */
    static final String PAYLOAD_PREFIX = "{\"tenantId\":\"tenant-bench\",\"type\":\"REFINANCE_SAVING\",\"severity\":\"HIGH\","
            + "\"figures\":{\"currentRate\":\"4.10\",\"marketRate\":\"3.60\",\"monthlySaving\":\"112.50\",\"remainingPrincipal\":"
            + "\"270000.00\",\"fixedRateEnds\":\"2027-03-01\"},\"explanation\":\"" + "x".repeat(260) + "\",\"version\":";

    private static final String FILL = """
            INSERT INTO %s.nazorg_outbox (ce_id, topic, kafka_key, ce_type, ce_source, ce_time, ce_subject, tenant_id,
                                          payload)
            SELECT gen_random_uuid(), ?, 'client-' || (i %% %d), '%s', '/nazorg/benchmark', now(),
                   'client-' || (i %% %d), 'tenant-bench', ? || i || '}'
            FROM generate_series(1, ?) AS i""".formatted(SCHEMA, CLIENTS, CE_TYPE, CLIENTS);

    private final DataSource database;

    RelayBacklog(DataSource database) {
        this.database = database;
    }

    /** Creates the schema and the library's tables in it (idempotent). */
    void create() {
        MessagingMigrations.migrate(database, SCHEMA);
    }

    /** Empties the table, then appends {@code rows} events for {@code topic}, statistics refreshed. */
    void fill(String topic, int rows) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + SCHEMA + ".nazorg_outbox");
        }
        Sql.update(database, FILL, topic, PAYLOAD_PREFIX, rows);
        Sql.update(database, "ANALYZE " + SCHEMA + ".nazorg_outbox");
    }

    /** True when no row waits: every one acknowledged by the broker and deleted by the relay. */
    boolean drained() {
        return Sql.rows(database, "SELECT seq FROM " + SCHEMA + ".nazorg_outbox WHERE failed_at IS NULL "
                + "ORDER BY seq LIMIT 1", row -> row.getLong(1)).isEmpty();
    }

    long parked() {
        return Sql.number(database, "SELECT count(*) FROM " + SCHEMA + ".nazorg_outbox WHERE failed_at IS NOT NULL");
    }

    static int payloadBytes() {
        return PAYLOAD_PREFIX.length() + 7;
    }
}
