package nl.nazorg.signal.sql;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A column of a multi-row write that sends one array per column ({@code unnest}): its name, its PostgreSQL array
 * type, and its value in a row. A table lists its columns once and builds its statements from that list.
 */
public record ArrayColumn<R>(String name, String arrayType, Function<R, ?> value, IntFunction<Object[]> array) {

    /** {@code a, b, c}. */
    public static <R> String names(List<ArrayColumn<R>> columns) {
        return columns.stream().map(ArrayColumn::name).collect(Collectors.joining(", "));
    }

    /** {@code unnest($1::a[], $2::b[], ...)}. */
    public static <R> String unnest(List<ArrayColumn<R>> columns) {
        return "unnest(" + IntStream.range(0, columns.size())
                .mapToObj(i -> "$" + (i + 1) + "::" + columns.get(i).arrayType())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** One array per column, in column order: the parameters of a statement built with {@link #unnest}. */
    public static <R> Tuple arrays(List<ArrayColumn<R>> columns, List<R> rows) {
        return Tuple.from(Arrays.asList(columns.stream().map(column -> column.values(rows)).toArray()));
    }

    private Object[] values(List<R> rows) {
        return rows.stream().map(value).toArray(array);
    }
}
