package nl.nazorg.benchmarks.platform;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.report.Numbers;
import nl.nazorg.benchmarks.report.Table;
import nl.nazorg.infra.InfrastructureSettings;

/**
 * Where each service database spent its time, from {@code pg_stat_statements} (loaded by the benchmark's PostgreSQL
 * only): reset when a scenario's measured window opens, read when it closes, the statements with the largest total
 * execution time first. Each database is read through its own role, which sees the statements of that role — the
 * service's, and the benchmark's own reads of that database (counts it polls), which are recognisable.
 */
public final class StatementCosts {

    /** Statements per database in the report. */
    private static final int TOP = 8;
    /** Query texts are cut here; the JSON keeps the same cut text. */
    private static final int QUERY_CHARACTERS = 160;
    /** This database's statements, without the benchmark's own reset. */
    private static final String THIS_DATABASE = "dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND query NOT LIKE '%pg_stat_statements_reset%'";

    private StatementCosts() {
    }

    /** Forgets every database's statements so far. */
    public static void reset(BenchmarkPlatform platform) {
        InfrastructureSettings.SERVICE_DATABASES.forEach(name -> Sql.bool(platform.database(name),
                "SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), "
                        + "0) IS NOT NULL"));
    }

    /** One table per service database that ran a statement since the reset. */
    public static List<Table> top(BenchmarkPlatform platform) {
        return InfrastructureSettings.SERVICE_DATABASES.stream()
                .map(name -> of(name, platform.database(name))).flatMap(Optional::stream).toList();
    }

    private static Optional<Table> of(String name, DataSource database) {
        List<Table.Row> rows = Sql.rows(database, "SELECT query, calls, total_exec_time, mean_exec_time, rows "
                + "FROM pg_stat_statements WHERE " + THIS_DATABASE + " ORDER BY total_exec_time DESC LIMIT " + TOP,
                row -> new Table.Row(shortened(row.getString(1)), List.of((double) row.getLong(2), row.getDouble(3),
                        row.getDouble(4), (double) row.getLong(5))));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Totals total = Sql.rows(database, "SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0) "
                + "FROM pg_stat_statements WHERE " + THIS_DATABASE,
                row -> new Totals(row.getLong(1), row.getDouble(2))).get(0);
        return Optional.of(new Table("Database `" + name + "` (pg_stat_statements during the repetitions): "
                + Numbers.count(total.calls()) + " statements executed in " + Numbers.format(total.millis())
                + " ms in total; the " + rows.size() + " that took longest:", "statement",
                List.of(Table.Column.count("calls"), Table.Column.of("total ms"), Table.Column.of("mean ms"),
                        Table.Column.count("rows")), rows));
    }

    private record Totals(long calls, double millis) {
    }

    /** One line, at most {@link #QUERY_CHARACTERS} characters. */
    static String shortened(String query) {
        String line = query.replaceAll("\\s+", " ").trim();
        return line.length() <= QUERY_CHARACTERS ? line : line.substring(0, QUERY_CHARACTERS - 1) + "…";
    }
}
