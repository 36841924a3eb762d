package nl.nazorg.benchmarks.platform;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Loads many rows into a service's database with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)}: the fastest
 * way in, so seeding a million loan parts takes a minute, not the benchmark's time budget.
 */
public final class CopyLoader implements AutoCloseable {

    private static final int ROWS_PER_COPY = 10_000;

    private final Connection connection;
    private final String copy;
    private final StringBuilder pending = new StringBuilder();
    private int pendingRows;

    /** {@code columns} of {@code table}, in the order {@link #row} gives their values. */
    public CopyLoader(DataSource database, String table, List<String> columns) throws SQLException {
        this.connection = database.getConnection();
        this.copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
    }

    /** One row; null is SQL NULL. */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                pending.append(',');
            }
            if (values[i] != null) {
                pending.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        pending.append('\n');
        if (++pendingRows == ROWS_PER_COPY) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pendingRows == 0) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(pending.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed", e);
        }
        pending.setLength(0);
        pendingRows = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            connection.close();
        }
    }
}
