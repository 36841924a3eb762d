package nl.nazorg.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

import io.vertx.mutiny.sqlclient.Pool;

/**
 * Publishes pending outbox rows to Kafka in sequence order, from one thread with one idempotent producer, in
 * {@link RelayCycle}s that follow each other at once while there is a backlog. Woken by commits (see
 * {@link CommitNotifications}) and by a periodic sweep; the relay lock lets one instance of a service publish at a
 * time. Runs on its own thread because {@code KafkaProducer.send} may block, which an event loop must not.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final Pool pool;
    private final Supplier<Producer<String, String>> producers;
    private final RelaySettings settings;
    private final TopicBackoff topicBackoff;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile boolean paused;
    private volatile boolean closed;
    private Producer<String, String> producer;
    private Duration backoff = Duration.ZERO;
    private long backoffUntil;

    public OutboxRelay(Pool pool, Supplier<Producer<String, String>> producers, RelaySettings settings) {
        this.pool = pool;
        this.producers = producers;
        this.settings = settings;
        this.topicBackoff = new TopicBackoff(settings.maxBackoff());
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread relayThread = new Thread(runnable, "nazorg-outbox-relay");
            relayThread.setDaemon(true);
            return relayThread;
        });
    }

    /** Starts the periodic sweep (its first run drains what is pending now). */
    public OutboxRelay start() {
        long sweep = settings.sweepInterval().toMillis();
        thread.scheduleWithFixedDelay(this::wakeUp, 0, sweep, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Asks for a drain soon; cheap and safe from any thread (an event loop included). Wake-ups coalesce. */
    public void wakeUp() {
        if (!closed && wakeUpPending.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    /**
     * Stops publishing and returns once no cycle runs any more; rows committed meanwhile stay pending until
     * {@link #resume()} (or another relay).
     */
    public void pause() {
        paused = true;
        try {
            thread.submit(() -> { }).get(settings.closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the relay did not pause within " + settings.closeTimeout(), e);
        }
    }

    public void resume() {
        paused = false;
        wakeUp();
    }

    private void drain() {
        wakeUpPending.set(false);
        while (!paused && !closed && System.currentTimeMillis() >= backoffUntil) {
            RelayCycle.Outcome outcome;
            try {
                outcome = RelayCycle.run(pool, producer(), settings.batchSize(),
                        topicBackoff.waiting(System.currentTimeMillis()));
            } catch (RuntimeException e) {
                backOff(e);
                return;
            }
            backoff = Duration.ZERO;
            if (outcome.publication() != null) {
                record(outcome);
            }
            if (outcome.handled() < settings.batchSize() && !wakeUpPending.get()) {
                return;
            }
        }
    }

    private void record(RelayCycle.Outcome outcome) {
        Publication publication = outcome.publication();
        publication.healthyTopics(outcome.batch()).forEach(topicBackoff::succeeded);
        if (publication.failed()) {
            long now = System.currentTimeMillis();
            publication.failedTopics().forEach(topic -> LOG.warnf("%s: rows not acknowledged (%s); trying again in %s",
                    topic, publication.retryError(), topicBackoff.failed(topic, now)));
            // A producer that saw errors may hold a broken sequence state; a fresh one starts clean.
            closeProducer();
            thread.schedule(this::wakeUp, Math.max(0, topicBackoff.nextRetry() - now), TimeUnit.MILLISECONDS);
        }
    }

    private void backOff(RuntimeException failure) {
        backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), settings.maxBackoff());
        backoffUntil = System.currentTimeMillis() + backoff.toMillis();
        LOG.warnf("relay cycle failed (%s); trying again in %s", failure.toString(), backoff);
        thread.schedule(this::wakeUp, backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /** Stops the relay and closes its producer; pending rows stay for the next relay. */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(settings.closeTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
