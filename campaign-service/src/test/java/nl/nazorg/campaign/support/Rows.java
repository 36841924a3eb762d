package nl.nazorg.campaign.support;

import nl.nazorg.infra.test.NazorgTestInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Plain JDBC reads of the service's own database, for assertions. */
public final class Rows {

    private Rows() {
    }

    public static long count(String sql, Object... args) {
        return Long.parseLong(single(sql, args));
    }

    public static String single(String sql, Object... args) {
        List<String> values = column(sql, args);
        return values.isEmpty() ? null : values.get(0);
    }

    public static List<String> column(String sql, Object... args) {
        try (Connection connection = NazorgTestInfrastructure.dataSource("campaign").getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int update(String sql, Object... args) {
        try (Connection connection = NazorgTestInfrastructure.dataSource("campaign").getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the profile of this version is projected. */
    public static void awaitContact(String clientId, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from contact where client_id = ? and aggregate_version >= ?", clientId, version) == 1);
    }

    /** Waits until this service's consumers have applied (or skipped as a duplicate) every one of these events. */
    public static void awaitProcessed(List<String> ceIds) {
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from nazorg_processed_event "
                + "where consumer_group = 'campaign-service' and ce_id = any(?)", (Object) ceIds.toArray(String[]::new))
                == ceIds.size());
    }

    public static void awaitContactGone(String clientId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from contact where client_id = ?", clientId) == 0);
    }
}
