package nl.nazorg.benchmarks.platform;

import javax.sql.DataSource;

/**
 * How long something a service had already acknowledged was known only to its memory, read from the rows it wrote:
 * the difference between the moment it was acknowledged ({@code since}) and the moment its row was written
 * ({@code until}), over the rows a condition selects. A crash inside that window loses it (a click) or repeats it (an
 * e-mail SMTP took but the send log does not show as sent); the fault suite kills processes to see it happen, this
 * measures how wide it is under load.
 *
 * @param rows       rows measured
 * @param p50Millis  median width
 * @param p99Millis  99th percentile
 * @param maxMillis  the widest
 */
public record HeldInMemory(long rows, double p50Millis, double p99Millis, double maxMillis) {

    /**
     * @param table     the table holding the rows
     * @param since     column of the acknowledgement
     * @param until     column of the write
     * @param condition SQL condition selecting the rows, with {@code ?} for {@code parameters}
     */
    public static HeldInMemory read(DataSource database, String table, String since, String until, String condition,
                                    Object... parameters) {
        String query = "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY held), "
                + "percentile_cont(0.99) WITHIN GROUP (ORDER BY held), max(held) FROM (SELECT extract(epoch FROM "
                + until + " - " + since + ") * 1000 AS held FROM " + table + " WHERE " + condition + ") AS w";
        return Sql.rows(database, query, row -> new HeldInMemory(row.getLong(1), row.getDouble(2), row.getDouble(3),
                row.getDouble(4)), parameters).get(0);
    }

    @Override
    public String toString() {
        return String.format("%,d rows: p50 %.1f ms, p99 %.1f ms, max %.1f ms", rows, p50Millis, p99Millis, maxMillis);
    }
}
