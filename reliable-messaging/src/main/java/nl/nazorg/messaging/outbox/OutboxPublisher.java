package nl.nazorg.messaging.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * The outbox relay of this service instance: started with the application, woken by commit notifications and by
 * the sweep, closed on shutdown. Every instance runs one; the relay lock lets only one of them publish at a time.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    RelayProducerFactory producers;

    @Inject
    MessagingConfig config;

    private OutboxRelay relay;
    private CommitNotifications notifications;

    void onStart(@Observes StartupEvent event) {
        if (!config.outbox().relayEnabled()) {
            LOG.info("outbox relay disabled (nazorg.messaging.outbox.relay-enabled=false)");
            return;
        }
        relay = newRelay().start();
        notifications = new CommitNotifications(vertx, pool, relay::wakeUp);
        notifications.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (notifications != null) {
            notifications.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    /** A relay with this service's settings, e.g. for a second instance in a test; the caller starts and closes it. */
    public OutboxRelay newRelay() {
        MessagingConfig.Outbox outbox = config.outbox();
        return new OutboxRelay(pool, producers,
                new RelaySettings(outbox.batchSize(), outbox.sweepInterval(), outbox.maxBackoff(), Duration.ofSeconds(30)));
    }

    /** Holds publication (maintenance, tests); committed rows wait, nothing is lost. */
    public void pause() {
        requireRelay().pause();
    }

    public void resume() {
        requireRelay().resume();
    }

    private OutboxRelay requireRelay() {
        if (relay == null) {
            throw new IllegalStateException("the outbox relay is not running in this instance");
        }
        return relay;
    }
}
