package nl.nazorg.messaging.outbox;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Listens for the {@code nazorg_outbox} notification that the insert trigger sends when an appending transaction
 * commits, in any instance, and wakes the relay: low latency without polling. The connection is held outside the
 * pool and re-opened when it drops; the relay's sweep covers the moments without it.
 */
final class CommitNotifications implements AutoCloseable {

    static final String CHANNEL = "nazorg_outbox";
    private static final Logger LOG = Logger.getLogger(CommitNotifications.class);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    private final Vertx vertx;
    private final Pool pool;
    private final Runnable onCommit;
    private volatile boolean closed;
    private volatile SqlConnection connection;

    CommitNotifications(Vertx vertx, Pool pool, Runnable onCommit) {
        this.vertx = vertx;
        this.pool = pool;
        this.onCommit = onCommit;
    }

    void start() {
        pool.getConnection().subscribe().with(this::listen, this::failed);
    }

    private void listen(SqlConnection opened) {
        PgConnection pg = PgConnection.cast(opened);
        pg.notificationHandler(notification -> onCommit.run());
        opened.query("LISTEN " + CHANNEL).execute().subscribe().with(
                done -> {
                    connection = opened;
                    pg.closeHandler(this::reconnectLater);
                    LOG.debug("listening for outbox commits");
                    // A commit made while nobody listened was not heard.
                    onCommit.run();
                },
                failure -> {
                    opened.closeAndForget();
                    failed(failure);
                });
    }

    private void failed(Throwable failure) {
        LOG.warnf("cannot listen for outbox commits (%s); the sweep still publishes", failure.toString());
        reconnectLater();
    }

    private void reconnectLater() {
        if (!closed) {
            vertx.setTimer(RECONNECT_DELAY.toMillis(), id -> {
                if (!closed) {
                    start();
                }
            });
        }
    }

    @Override
    public void close() {
        closed = true;
        SqlConnection current = connection;
        if (current != null) {
            current.closeAndForget();
        }
    }
}
