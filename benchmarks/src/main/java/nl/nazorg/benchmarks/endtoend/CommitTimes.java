package nl.nazorg.benchmarks.endtoend;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.benchmarks.platform.Sql;

/**
 * When the services committed what a round caused, read from their own databases: the ANNUAL_REVIEW_DUE signal
 * rows of portfolio-signal-service and the send-log rows of campaign-service, by client id, since the round began.
 */
final class CommitTimes {

    private CommitTimes() {
    }

    /** {@code raised_at} of each client's review signal raised since {@code since}. */
    static Map<String, Instant> signalsRaised(BenchmarkPlatform platform, Instant since) {
        return firstByClient(platform.database("signal"), "SELECT client_id, min(raised_at) FROM signal "
                + "WHERE tenant_id = ? AND type = ? AND raised_at >= ? GROUP BY client_id", ReviewClients.TENANT,
                ProfileChangeRound.SIGNAL_TYPE, Timestamp.from(since));
    }

    /** {@code created_at} of each client's send-log row planned since {@code since}. */
    static Map<String, Instant> sendsPlanned(BenchmarkPlatform platform, Instant since) {
        return firstByClient(platform.database("campaign"), "SELECT client_id, min(created_at) FROM send_log "
                + "WHERE tenant_id = ? AND created_at >= ? GROUP BY client_id", ReviewClients.TENANT,
                Timestamp.from(since));
    }

    private static Map<String, Instant> firstByClient(DataSource database, String query, Object... parameters) {
        return Sql.rows(database, query, row -> Map.entry(row.getString(1), row.getTimestamp(2).toInstant()),
                parameters).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
