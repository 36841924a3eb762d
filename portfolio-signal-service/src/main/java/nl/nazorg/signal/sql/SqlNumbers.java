package nl.nazorg.signal.sql;

import java.math.BigDecimal;

import io.vertx.sqlclient.data.Numeric;

/** Exact decimals to the reactive PostgreSQL client's {@code numeric} values, null staying null. */
public final class SqlNumbers {

    private SqlNumbers() {
    }

    public static Numeric numeric(BigDecimal value) {
        return value == null ? null : Numeric.create(value);
    }
}
