package nl.nazorg.messaging.retention;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * Deletes remembered event ids once their retention has passed. Idempotent, so every instance may run it. (The
 * outbox needs no clean-up: the relay deletes a row when the broker acknowledged it; parked rows stay until an
 * operator deals with them.)
 */
@ApplicationScoped
public class RetentionCleanup {

    private static final Logger LOG = Logger.getLogger(RetentionCleanup.class);

    private static final String PROCESSED = """
            DELETE FROM nazorg_processed_event WHERE processed_at < now() - make_interval(secs => $1)""";

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    MessagingConfig config;

    private long timer = -1;

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.cleanupInterval().toMillis(), id -> run().subscribe().with(
                deleted -> LOG.debugf("retention clean-up deleted %d rows", deleted),
                failure -> LOG.warnf("retention clean-up failed: %s", failure.toString())));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** @return the number of rows deleted */
    public Uni<Integer> run() {
        return delete(PROCESSED, config.consumer().processedRetention());
    }

    private Uni<Integer> delete(String sql, Duration retention) {
        double seconds = retention.toMillis() / 1000.0;
        return pool.preparedQuery(sql).execute(Tuple.of(seconds)).map(rows -> rows.rowCount());
    }
}
