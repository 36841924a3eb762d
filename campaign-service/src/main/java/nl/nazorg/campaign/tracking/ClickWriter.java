package nl.nazorg.campaign.tracking;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.nazorg.campaign.pipeline.Gathering;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.events.campaign.LinkClicked;
import nl.nazorg.messaging.consumer.TransientFailures;
import nl.nazorg.messaging.outbox.DirectPublication;
import nl.nazorg.messaging.outbox.OutboxEvent;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static nl.nazorg.campaign.storage.SqlColumns.names;
import static nl.nazorg.campaign.storage.SqlColumns.texts;
import static nl.nazorg.campaign.storage.SqlColumns.times;
import static nl.nazorg.campaign.storage.SqlColumns.uuids;

/**
 * Publishes LinkClicked and records clicks off the redirect's path: the redirect queues the click, this thread takes
 * what arrived within {@link #LINGER} of the first queued click as soon as the previous batch is done, publishes the
 * batch's LinkClicked straight to Kafka ({@link DirectPublication}: a click has no database change before it, so the
 * topic is its first durable record) and, once the broker acknowledged them, writes the clicks with one multi-row
 * insert. A click is in memory only from its redirect until the broker's acknowledgement; a crash loses those, and a
 * crash between the acknowledgement and the insert (one statement) leaves a batch on the topic but out of the
 * statistics. Outages of the broker or the database are waited out with the clicks held in memory, up to
 * {@link #CAPACITY}; beyond that, clicks are counted and dropped rather than slow the client's redirect down (README,
 * "Tracked links").
 */
@ApplicationScoped
public class ClickWriter {

    private static final Logger LOG = Logger.getLogger(ClickWriter.class);
    static final int CAPACITY = 200_000;
    private static final int BATCH = 5_000;
    private static final Duration LINGER = Duration.ofMillis(20);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);
    private static final long DROP_WARNING_NANOS = Duration.ofSeconds(10).toNanos();

    /** Idempotent: an insert tried again after a lost answer adds nothing. */
    private static final String INSERT = """
            INSERT INTO link_click (click_id, tenant_id, campaign_id, variant, send_id, client_id, signal_id, link_id,
                                    clicked_at, suspected_scanner, scanner_reason, recorded_at)
            SELECT c.*, clock_timestamp()
            FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[],
                        $9::timestamptz[], $10::boolean[], $11::text[]) AS c
            ON CONFLICT (click_id) DO NOTHING""";

    @Inject
    DirectPublication publication;

    @Inject
    Pool pool;

    private final BlockingQueue<Click> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private volatile long lastDropWarning = System.nanoTime() - DROP_WARNING_NANOS;
    private volatile boolean running;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "click-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(5_000);
        }
    }

    public void enqueue(Click click) {
        if (!queue.offer(click)) {
            long total = dropped.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastDropWarning >= DROP_WARNING_NANOS) {
                lastDropWarning = now;
                LOG.warnf("%,d clicks held while the database is unavailable; %,d clicks not recorded since start",
                        CAPACITY, total);
            }
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Click first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                write(Gathering.after(first, queue, BATCH, LINGER));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Publishes, then writes the batch, each waiting out a passing failure (while running). */
    private void write(List<Click> batch) throws InterruptedException {
        List<OutboxEvent> events = batch.stream().map(ClickWriter::event).toList();
        Tuple columns = columns(batch);
        if (retrying(batch, "published", () -> publication.publish(events), DirectPublication::isPermanent)) {
            retrying(batch, "recorded", () -> pool.preparedQuery(INSERT).execute(columns).await().indefinitely(),
                    failure -> !TransientFailures.isTransient(failure));
        }
    }

    /** Runs {@code step} until it succeeds; false when it failed for good (the batch is logged and counted). */
    private boolean retrying(List<Click> batch, String what, Step step, Predicate<Throwable> permanent)
            throws InterruptedException {
        Duration retry = FIRST_RETRY;
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return true;
            } catch (RuntimeException failure) {
                if (permanent.test(failure) || (!running && attempt >= 3)) {
                    LOG.errorf("%d clicks not %s: %s", batch.size(), what, failure.toString());
                    dropped.addAndGet(batch.size());
                    return false;
                }
                if (attempt == 1) {
                    LOG.warnf("%d clicks wait to be %s: %s", batch.size(), what, failure.toString());
                }
                Thread.sleep(retry.toMillis());
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** One step of a batch's write. */
    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    private static Tuple columns(List<Click> batch) {
        return Tuple.from(Arrays.<Object>asList(uuids(batch, c -> c.clickId), texts(batch, c -> c.tenantId),
                uuids(batch, c -> c.campaignId), texts(batch, c -> c.variant), uuids(batch, c -> c.sendId),
                texts(batch, c -> c.clientId), texts(batch, c -> c.signalId), texts(batch, c -> c.linkId),
                times(batch, c -> c.clickedAt), batch.stream().map(c -> c.suspectedScanner).toArray(Boolean[]::new),
                names(batch, c -> c.scannerReason)));
    }

    private static OutboxEvent event(Click click) {
        return CampaignEvents.outboxEvent(new LinkClicked(click.clickId.toString(), click.tenantId,
                click.sendId.toString(), click.campaignId.toString(), click.clientId, click.signalId, click.linkId,
                click.clickedAt, click.suspectedScanner, click.scannerReason));
    }
}
