package nl.nazorg.messaging.consumer;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;

/**
 * Tells failures that may pass (a lost connection, a deadlock, a concurrent update) from those that will recur on
 * every attempt. Passing ones are retried instead of dead-lettering a good record; a service's own background work
 * (a dispatcher recording results) waits them out the same way.
 */
public final class TransientFailures {

    /** SQLSTATE classes: connection exception, transaction rollback, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");

    /** Lock not available, object in use. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55P03", "55006");

    private static final Set<String> TRANSIENT_CLASS_NAMES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.impl.NoStackTraceThrowable",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.StaleStateException",
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.JDBCConnectionException");

    private TransientFailures() {
    }

    private static boolean isTransient(String sqlState) {
        return TRANSIENT_SQL_STATE_CLASSES.contains(sqlState.substring(0, 2)) || TRANSIENT_SQL_STATES.contains(sqlState);
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonRecordException) {
                return false;
            }
            if (t instanceof CompositeException composite) {
                // A failure and the failed rollback after it: the first one tells.
                return isTransient(composite.getCauses().get(0));
            }
            if (t instanceof PgException pg && pg.getSqlState() != null && isTransient(pg.getSqlState())) {
                return true;
            }
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof RetriableException
                    || TRANSIENT_CLASS_NAMES.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
