package nl.nazorg.campaign.storage;

import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * Java values to and from the column arrays of the reactive PostgreSQL client, for the set-based statements of the
 * consumers ({@code unnest($1::text[], ...)}). Instants travel as {@code timestamptz} (OffsetDateTime in UTC), enums
 * by name, nulls as null elements.
 */
public final class SqlColumns {

    private SqlColumns() {
    }

    public static <E> String[] texts(Collection<E> rows, Function<E, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    public static <E> String[] names(Collection<E> rows, Function<E, ? extends Enum<?>> value) {
        return rows.stream().map(value).map(e -> e == null ? null : e.name()).toArray(String[]::new);
    }

    public static <E> UUID[] uuids(Collection<E> rows, Function<E, UUID> value) {
        return rows.stream().map(value).toArray(UUID[]::new);
    }

    public static <E> OffsetDateTime[] times(Collection<E> rows, Function<E, Instant> value) {
        return rows.stream().map(value).map(SqlColumns::time).toArray(OffsetDateTime[]::new);
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    public static <T extends Enum<T>> T enumOf(Row row, String column, Class<T> type) {
        String name = row.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
