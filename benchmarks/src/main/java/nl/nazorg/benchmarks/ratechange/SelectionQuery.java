package nl.nazorg.benchmarks.ratechange;

import java.math.BigDecimal;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.platform.Sql;

/**
 * Baseline: the rate change's selection as one SQL query over the service's loan-part read model — every client with a
 * loan part whose rate is above the new market rate — so the service's pass can be compared with what the database
 * alone needs to find the same clients (no rules, no writes, no events).
 */
final class SelectionQuery {

    private static final String QUERY = """
            SELECT count(DISTINCT client_id) FROM loan_part WHERE client_id LIKE ? AND interest_rate > ?""";

    private SelectionQuery() {
    }

    /** Runs the query; answers its seconds after checking it found every client of the book. */
    static double seconds(DataSource signalDatabase, int loanParts, String rate) {
        long start = System.nanoTime();
        long clients = Sql.number(signalDatabase, QUERY, LoanBook.clientPrefix(loanParts) + "%", new BigDecimal(rate));
        double seconds = (System.nanoTime() - start) / 1e9;
        CountMismatch.check("clients the SQL selection finds", loanParts / LoanBook.PARTS_PER_CLIENT, clients);
        return seconds;
    }
}
