package nl.nazorg.benchmarks.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** One-line SQL for the benchmark's own reads and clean-ups of a service's database. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row of a query answering a number. */
    public static long number(DataSource database, String query, Object... parameters) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = prepare(connection, query, parameters);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + " failed: " + e.getMessage(), e);
        }
    }

    public static boolean bool(DataSource database, String query, Object... parameters) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = prepare(connection, query, parameters);
             ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + " failed: " + e.getMessage(), e);
        }
    }

    public static int update(DataSource database, String statement, Object... parameters) {
        try (Connection connection = database.getConnection();
             PreparedStatement prepared = prepare(connection, statement, parameters)) {
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " failed: " + e.getMessage(), e);
        }
    }

    /** Every row of a query, each read by {@code reader}. */
    public static <T> List<T> rows(DataSource database, String query, RowReader<T> reader, Object... parameters) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = prepare(connection, query, parameters);
             ResultSet result = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(reader.read(result));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query + " failed: " + e.getMessage(), e);
        }
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Rows of the transactional outbox not yet on Kafka. */
    public static long pendingOutbox(DataSource database) {
        return number(database, "SELECT count(*) FROM nazorg_outbox WHERE failed_at IS NULL");
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
