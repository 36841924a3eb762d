package nl.nazorg.campaign.storage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Statements over a set of keys given as one array parameter ($1), with no round trip for an empty set. */
public final class SetStatements {

    private SetStatements() {
    }

    /** @return one value per row the query returns, in its order */
    public static <T> Uni<List<T>> select(SqlConnection transaction, String sql, Object[] keys, Function<Row, T> value) {
        if (keys.length == 0) {
            return Uni.createFrom().item(List.of());
        }
        return transaction.preparedQuery(sql).execute(Tuple.of(keys)).map(rows -> {
            List<T> values = new ArrayList<>();
            rows.forEach(row -> values.add(value.apply(row)));
            return values;
        });
    }

    public static Uni<Void> execute(SqlConnection transaction, String sql, Object[] keys) {
        if (keys.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(sql).execute(Tuple.of(keys)).replaceWithVoid();
    }
}
