package nl.nazorg.client.profile.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;

/**
 * Values as the reactive PostgreSQL client binds and returns them: {@code timestamptz} as {@link OffsetDateTime}
 * (the entities hold {@link Instant}s), and one column of a multi-row statement as an array.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * One column of rows to be written over {@code unnest($n::text[])}, as the array the driver binds; enum values by
     * name, as Hibernate stores them ({@code EnumType.STRING}).
     */
    public static <R> String[] texts(List<R> rows, Function<R, ?> column) {
        return rows.stream().map(column).map(SqlValues::text).toArray(String[]::new);
    }

    private static String text(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value == null ? null : value.toString();
    }

    public static <R> OffsetDateTime[] timestamps(List<R> rows, Function<R, Instant> column) {
        return rows.stream().map(column).map(SqlValues::timestamp).toArray(OffsetDateTime[]::new);
    }
}
