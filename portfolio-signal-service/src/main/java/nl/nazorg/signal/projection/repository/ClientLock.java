package nl.nazorg.signal.projection.repository;

import java.util.Map;

import io.smallrye.mutiny.Uni;
import nl.nazorg.messaging.locking.AdvisoryLockQuery;

/**
 * A transaction-scoped PostgreSQL advisory lock per client. The profile, portfolio and survey of one client
 * arrive on different topics, so different consumers handle them at once; without this lock each transaction
 * would miss the other's uncommitted row and neither would evaluate the client with both. The second waits for
 * the first to commit and then reads its rows (READ COMMITTED reads per statement).
 */
public final class ClientLock {

    private static final String SQL =
            "select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 7130))) as locked";

    private ClientLock() {
    }

    public static Uni<Void> acquire(String clientId) {
        return AdvisoryLockQuery.lock(SQL, Map.of("key", "signal-client:" + clientId));
    }
}
