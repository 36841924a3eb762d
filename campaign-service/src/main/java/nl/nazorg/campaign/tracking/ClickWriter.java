package nl.nazorg.campaign.tracking;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.events.campaign.LinkClicked;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records clicks and publishes LinkClicked off the redirect's path: the redirect only queues the click, this thread
 * writes queued clicks in batches (one transaction with their outbox rows). A full queue drops the click with a
 * warning rather than slow the client down; a crash loses at most the clicks still queued.
 */
@ApplicationScoped
public class ClickWriter {

    private static final Logger LOG = Logger.getLogger(ClickWriter.class);
    private static final int BATCH = 500;

    @Inject
    Outbox outbox;

    private final BlockingQueue<Click> queue = new ArrayBlockingQueue<>(100_000);
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
            LOG.warnf("click queue full; click on campaign %s not recorded", click.campaignId);
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Click first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Click> batch = new ArrayList<>(BATCH);
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<Click> batch) throws InterruptedException {
        List<OutboxEvent> events = batch.stream().map(click -> CampaignEvents.outboxEvent(new LinkClicked(
                click.clickId.toString(), click.tenantId, click.sendId.toString(), click.campaignId.toString(),
                click.clientId, click.signalId, click.linkId, click.clickedAt, click.suspectedScanner,
                click.scannerReason))).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                        Click.persist(batch).chain(() -> outbox.appendAll(events))));
                return;
            } catch (Throwable failure) {
                if (attempt >= 5) {
                    LOG.errorf("%d clicks not recorded: %s", batch.size(), failure.toString());
                    return;
                }
                Thread.sleep(200L * attempt);   // a passing database failure; the batch is tried again
            }
        }
    }
}
