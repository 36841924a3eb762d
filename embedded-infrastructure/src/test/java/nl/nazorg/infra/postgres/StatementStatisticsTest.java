package nl.nazorg.infra.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code pg_stat_statements} is there when asked for (the benchmark) and a service role can read and reset it in its
 * own database; without the setting (tests, the launcher) it is neither loaded nor installed.
 */
class StatementStatisticsTest {

    private static final Path ROOT = Path.of("target", "test-infrastructure").toAbsolutePath();
    private static final Path BINARIES = ROOT.resolve("postgres-binaries");
    private static final String OWN_STATEMENTS = "SELECT query FROM pg_stat_statements "
            + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";

    @Test
    void aServiceRoleReadsAndResetsTheStatisticsOfItsDatabase() throws Exception {
        try (PostgresServer server = PostgresServer.start(freshDirectory(), BINARIES, 0, List.of("campaign"), true);
             Connection connection = server.dataSource("campaign").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 'before the reset' AS marker");
            statement.execute("SELECT pg_stat_statements_reset()");
            statement.execute("SELECT 'after the reset' AS marker");

            assertThat(column(statement, OWN_STATEMENTS))
                    .anyMatch(query -> query.contains("AS marker"))
                    .noneMatch(query -> query.contains("before the reset"));
        }
    }

    @Test
    void testsAndTheLauncherDoNotPayForIt() throws Exception {
        try (PostgresServer server = PostgresServer.start(freshDirectory(), BINARIES, 0, List.of("survey"));
             Connection connection = server.dataSource("survey").getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(column(statement, "SELECT extname FROM pg_extension")).doesNotContain("pg_stat_statements");
        }
    }

    private static Path freshDirectory() throws Exception {
        Files.createDirectories(ROOT);
        return Files.createTempDirectory(ROOT, "statement-statistics-");
    }

    private static List<String> column(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
