package nl.nazorg.messaging.locking;

import java.util.Map;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs a native {@code SELECT} whose only purpose is to take PostgreSQL advisory locks
 * ({@code pg_advisory_xact_lock}) in the current session, and discards its rows.
 *
 * <p>The statement is executed as an update (its row count is ignored), not as a query. Hibernate ORM 7 caches the
 * plan of a native select under its SQL and its result mapping, and Hibernate Reactive wraps that mapping in a new
 * object on every call that never equals the last one. So every call added a cache entry, all with the same hash;
 * under load the plan cache held thousands of them and each lookup compared against all of them: 15% of
 * portfolio-signal-service's CPU in the ingest benchmark. Statements executed as updates are cached under their SQL
 * alone, so the one plan is reused ({@code QueryPlanCacheTest}).
 */
public final class AdvisoryLockQuery {

    private AdvisoryLockQuery() {
    }

    /**
     * Takes the locks the statement names; the locks last until the current transaction ends.
     *
     * @param sql        a native SELECT returning one row
     * @param parameters its named parameters
     */
    public static Uni<Void> lock(String sql, Map<String, ?> parameters) {
        return Uni.createFrom().deferred(Panache::getSession).chain(session -> {
            var statement = session.createNativeQuery(sql);
            parameters.forEach(statement::setParameter);
            return statement.executeUpdate();
        }).replaceWithVoid();
    }
}
