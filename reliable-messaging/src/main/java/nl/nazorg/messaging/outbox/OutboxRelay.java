package nl.nazorg.messaging.outbox;

import java.time.Duration;
import java.util.List;
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
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Publishes pending outbox rows to Kafka in sequence order, from one thread with one idempotent producer, in
 * overlapping batches while there is a backlog: batch N+1 is read and sent while N's acknowledgements are
 * outstanding, then N is recorded (acknowledged rows deleted). Woken by commits (see {@link CommitNotifications})
 * and by a periodic sweep; the relay lock, held for a whole drain, lets one instance of a service publish at a time.
 * Runs on its own thread because {@code KafkaProducer.send} and the database calls block, which an event loop must
 * not.
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
    private RelayProducer producer;
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
        if (!mayRelay()) {
            return;
        }
        SqlConnection connection;
        try {
            connection = pool.getConnectionAndAwait();
        } catch (RuntimeException e) {
            backOff(e);
            return;
        }
        try {
            if (OutboxTable.tryLead(connection)) {
                try {
                    pipeline(connection);
                } finally {
                    OutboxTable.resign(connection);
                }
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException e) {
            // The batches still in flight stay pending (nothing was recorded for them) and are sent again later.
            closeProducer();
            backOff(e);
        } finally {
            connection.closeAndForget();
        }
    }

    private boolean mayRelay() {
        return !paused && !closed && System.currentTimeMillis() >= backoffUntil;
    }

    /**
     * Batch N+1 is read and sent while batch N's acknowledgements are outstanding; N is recorded once they are in.
     * After a producer tripped (see {@link RelayProducer}) nothing more is read until everything it held is
     * recorded: the next read then starts again from the oldest pending row, so a key's dropped rows go out before
     * its later ones.
     */
    private void pipeline(SqlConnection connection) {
        InFlightBatch previous = null;
        boolean more = true;
        while (true) {
            InFlightBatch current = null;
            if (more && mayRelay() && (previous == null || !previous.producerTripped())) {
                current = sendNext(connection, previous);
                more = current != null && current.rows().size() == settings.batchSize();
            }
            if (previous != null) {
                record(connection, previous);
            }
            if (current != null) {
                previous = current;
            } else if (previous != null && previous.producerTripped()) {
                // Start again from the oldest pending row, with a fresh producer.
                previous = null;
                more = true;
            } else {
                return;
            }
        }
    }

    private InFlightBatch sendNext(SqlConnection connection, InFlightBatch previous) {
        long started = System.nanoTime();
        List<PendingEvent> batch = OutboxTable.pending(connection, settings.batchSize(),
                topicBackoff.waiting(System.currentTimeMillis()),
                previous == null ? List.of() : previous.seqs());
        if (batch.isEmpty()) {
            return null;
        }
        long read = System.nanoTime();
        InFlightBatch sent = InFlightBatch.send(producer(), batch);
        long now = System.currentTimeMillis();
        sent.unreachableTopics().forEach(topic -> LOG.warnf("%s: cannot be reached; its rows wait %s", topic,
                topicBackoff.failed(topic, now)));
        LOG.debugf("read %d rows in %d ms, handed them to the producer in %d ms", batch.size(),
                millis(started, read), millis(read, System.nanoTime()));
        return sent;
    }

    private void record(SqlConnection connection, InFlightBatch sent) {
        long waiting = System.nanoTime();
        Publication publication = sent.outcome();
        long acknowledged = System.nanoTime();
        OutboxTable.record(connection, publication);
        publication.rejected().forEach((seq, error) ->
                LOG.errorf("outbox row %d parked, the broker will not take it: %s", seq, error));
        LOG.debugf("relayed %d rows: waited %d ms for the acknowledgements, recorded in %d ms", sent.rows().size(),
                millis(waiting, acknowledged), millis(acknowledged, System.nanoTime()));
        publication.healthyTopics(sent.rows()).forEach(topicBackoff::succeeded);
        if (publication.tripped()) {
            closeProducer();
        }
        long now = System.currentTimeMillis();
        publication.failedTopics().forEach(topic -> LOG.warnf("%s: rows not acknowledged (%s); trying again in %s",
                topic, publication.retryError(), topicBackoff.failed(topic, now)));
        if (!publication.failedTopics().isEmpty() || !sent.unreachableTopics().isEmpty()) {
            thread.schedule(this::wakeUp, Math.max(0, topicBackoff.nextRetry() - now), TimeUnit.MILLISECONDS);
        }
    }

    private void backOff(RuntimeException failure) {
        backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), settings.maxBackoff());
        backoffUntil = System.currentTimeMillis() + backoff.toMillis();
        LOG.warnf("relay failed (%s); trying again in %s", failure.toString(), backoff);
        thread.schedule(this::wakeUp, backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private RelayProducer producer() {
        if (producer == null) {
            producer = new RelayProducer(producers.get());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close();
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

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
