package nl.nazorg.signal.sql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Runs a query over {@code = ANY($1)} of client ids and keeps its rows by client id, in the order they came. */
public final class RowsById {

    private RowsById() {
    }

    public static <T> Uni<Map<String, T>> read(SqlConnection transaction, String sql, Collection<String> clientIds,
                                        Function<Row, T> mapping, Function<T, String> id) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return transaction.preparedQuery(sql).execute(Tuple.of(clientIds.toArray(String[]::new))).map(rows -> {
            Map<String, T> byId = new LinkedHashMap<>();
            for (Row row : rows) {
                T value = mapping.apply(row);
                byId.put(id.apply(value), value);
            }
            return byId;
        });
    }
}
