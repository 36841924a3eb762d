package nl.nazorg.campaign.mail;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.send.ProfileWait;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what the send log holds as PENDING, asynchronously from whoever planned it: one loop thread claims a batch,
 * a bounded pool of sender threads talks SMTP, and results are recorded in small groups as they arrive — so the
 * window in which SMTP accepted an e-mail that the log does not yet show as SENT stays a few e-mails wide.
 * Woken at once after a commit that planned sends; otherwise it looks again after {@code idle-wait}. The idle cycle
 * also launches scheduled selections and ends the wait of sends whose client profile never came.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int RECORD_GROUP = 50;

    @Inject
    CampaignConfig config;

    @Inject
    SendClaims claims;

    @Inject
    SmtpSender smtp;

    @Inject
    SendResults results;

    @Inject
    nl.nazorg.campaign.selection.SelectionLauncher selections;

    @Inject
    ProfileWait profileWait;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread loop;
    private ExecutorService senders;

    void onStart(@Observes StartupEvent event) {
        if (!config.dispatch().enabled()) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(config.dispatch().concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "mail-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        loop = new Thread(this::run, "mail-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        if (loop == null) {
            return;
        }
        running = false;
        wake.release();
        loop.join(10_000);   // let the batch in flight be recorded, so a restart does not send it again
        senders.shutdownNow();
    }

    /** Look for due sends now (after a commit that planned some). */
    public void wakeUp() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                List<OutgoingMail> batch = VertxContextSupport.subscribeAndAwait(() -> claims.claim(config.dispatch().batchSize()));
                if (batch.isEmpty()) {
                    VertxContextSupport.subscribeAndAwait(profileWait::expire);
                    launchScheduledSelections();
                    wake.tryAcquire(config.dispatch().idleWait().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                } else {
                    deliver(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable failure) {
                LOG.errorf("dispatch cycle failed: %s", failure.toString());
                try {
                    wake.tryAcquire(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Scheduled selections ride on the dispatcher's idle cycle: no scheduler dependency, at most idle-wait late. */
    private void launchScheduledSelections() throws Throwable {
        for (java.util.UUID campaign : VertxContextSupport.subscribeAndAwait(selections::due)) {
            VertxContextSupport.subscribeAndAwait(() -> selections.launch(campaign));
            wake.release();
        }
    }

    private void deliver(List<OutgoingMail> batch) throws Throwable {
        BlockingQueue<SendOutcome> done = new LinkedBlockingQueue<>();
        for (OutgoingMail mail : batch) {
            senders.execute(() -> done.add(smtp.send(mail)));
        }
        int recorded = 0;
        while (recorded < batch.size()) {
            List<SendOutcome> group = new ArrayList<>(RECORD_GROUP);
            group.add(done.take());
            done.drainTo(group, RECORD_GROUP - 1);
            VertxContextSupport.subscribeAndAwait(() -> results.record(group));
            recorded += group.size();
        }
    }
}
