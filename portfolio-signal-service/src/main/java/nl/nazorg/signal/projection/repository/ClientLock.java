package nl.nazorg.signal.projection.repository;

import java.util.Collection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Transaction-scoped PostgreSQL advisory locks, one per client. The profile, portfolio and survey of one client
 * arrive on different topics, so different consumers handle them at once; without these locks each transaction
 * would miss the other's uncommitted row (a new client has no row to lock yet) and neither would evaluate the
 * client with both. The second waits for the first to commit and then reads its rows (READ COMMITTED reads per
 * statement). The locks are taken in client-id order in one statement, so two polls cannot deadlock each other.
 */
public final class ClientLock {

    private static final String SQL = """
            SELECT count(*) FROM (
                SELECT pg_advisory_xact_lock(hashtextextended('signal-client:' || k.id, 7130)) FROM (
                    SELECT DISTINCT u.id FROM unnest($1::text[]) AS u(id) ORDER BY u.id) AS k
                OFFSET 0) AS locked""";

    private ClientLock() {
    }

    public static Uni<Void> acquire(SqlConnection transaction, Collection<String> clientIds) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(SQL).execute(Tuple.of(clientIds.toArray(String[]::new))).replaceWithVoid();
    }
}
