package nl.nazorg.messaging.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** Plain JDBC look-ups in the test database, independent of the code under test. */
public final class TestDatabase {

    public static final String DATABASE = "client";

    /**
     * An outbox row as appended ({@code AppendedOutboxRows} keeps a copy of each).
     *
     * @param published the relay has published it: it is gone from {@code nazorg_outbox}
     */
    public record Row(long seq, String ceId, String key, String payload, boolean published) {
    }

    private TestDatabase() {
    }

    /** Every row appended for the key, in sequence order, whether or not published since. */
    public static List<Row> outboxRows(String key) {
        return query("SELECT a.seq, a.ce_id, a.kafka_key, a.payload, o.seq IS NULL AS published "
                + "FROM test_outbox_appended a LEFT JOIN nazorg_outbox o ON o.seq = a.seq "
                + "WHERE a.kafka_key = ? ORDER BY a.seq", key);
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text (null when there is no row). */
    public static String text(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> query(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getBoolean(5)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static DataSource dataSource() {
        return NazorgTestInfrastructure.dataSource(DATABASE);
    }
}
