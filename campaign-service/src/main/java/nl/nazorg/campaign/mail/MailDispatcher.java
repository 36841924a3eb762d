package nl.nazorg.campaign.mail;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.pipeline.Gathering;
import nl.nazorg.campaign.selection.SelectionLauncher;
import nl.nazorg.campaign.send.ProfileWait;
import nl.nazorg.messaging.consumer.TransientFailures;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what the send log holds as PENDING, asynchronously from whoever planned it, as a pipeline of three stages:
 * the loop thread claims due sends whenever fewer than a batch are in flight (it does not wait for earlier claims to
 * go out), a bounded pool of sender threads talks SMTP, and the recorder thread records results in small groups as
 * they arrive. So a send planned while others are on their way waits for one claim, not for a whole batch to be sent
 * and recorded; and the window in which SMTP accepted an e-mail that the log does not yet show as SENT stays a few
 * e-mails wide. A group that cannot be recorded for a passing reason (database unreachable) is tried again until it
 * is: an outage is waited out instead of leaving delivered e-mails for the lease to hand out again. A fourth thread,
 * the lease keeper, renews the leases of everything claimed and not yet recorded every quarter lease, and a sender
 * hands an e-mail to SMTP only while at least half its lease is surely left: a send that waited too long (the
 * database away, SMTP slow) is left to the next claim instead of going out while another dispatcher may send it too.
 * Woken at once after a commit that planned sends; otherwise it looks again after {@code idle-wait}. The idle cycle
 * also launches scheduled selections and ends the wait of sends whose client profile never came.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int RECORD_GROUP = 200;
    /** How long the recorder waits for more results to record together: the longest an accepted send is unrecorded. */
    private static final Duration RECORD_LINGER = Duration.ofMillis(10);
    private static final long RECORD_RETRY_MILLIS = 1_000;
    private static final long STOP_MILLIS = 10_000;

    @Inject
    CampaignConfig config;

    @Inject
    SendClaims claims;

    @Inject
    SmtpSender smtp;

    @Inject
    SendResults results;

    @Inject
    SendLeases leases;

    @Inject
    SelectionLauncher selections;

    @Inject
    ProfileWait profileWait;

    private final Semaphore wake = new Semaphore(0);
    private final BlockingQueue<SendOutcome> done = new LinkedBlockingQueue<>();
    /** What this dispatcher claimed and has not recorded yet, with until when its lease surely lasts. */
    private final Map<UUID, Held> held = new ConcurrentHashMap<>();
    /** One permit per send that may be claimed: a claimed send holds its permit until its result is recorded. */
    private Semaphore slots;
    private volatile boolean running;
    private Thread loop;
    private Thread recorder;
    private Thread keeper;
    private ExecutorService senders;
    private long leaseNanos;

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
        slots = new Semaphore(config.dispatch().batchSize());
        leaseNanos = config.dispatch().lease().toNanos();
        running = true;
        loop = daemon(this::run, "mail-dispatcher");
        recorder = daemon(this::recordResults, "mail-recorder");
        keeper = daemon(this::keepLeases, "mail-lease-keeper");
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        if (loop == null) {
            return;
        }
        running = false;
        wake.release();
        long deadline = System.currentTimeMillis() + STOP_MILLIS;
        loop.join(STOP_MILLIS);
        // Let what is in flight be recorded, so a restart does not send it again.
        recorder.join(Math.max(1, deadline - System.currentTimeMillis()));
        recorder.interrupt();
        keeper.interrupt();
        senders.shutdownNow();
    }

    /** Look for due sends now (after a commit that planned some). */
    public void wakeUp() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                claimAndSend();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable failure) {
                // A claim that fails leaves its sends to their lease; a passing failure (failover) is no error.
                if (TransientFailures.isTransient(failure)) {
                    LOG.warnf("dispatch cycle failed (%s); trying again", failure.toString());
                } else {
                    LOG.errorf("dispatch cycle failed: %s", failure.toString());
                }
                try {
                    wake.tryAcquire(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims as many due sends as there are free slots and hands them to the senders; idles when none are due. */
    private void claimAndSend() throws Throwable {
        if (!slots.tryAcquire(config.dispatch().idleWait().toMillis(), TimeUnit.MILLISECONDS)) {
            return;   // a batch is in flight: look again once results free a slot
        }
        int free = slots.availablePermits() + 1;
        slots.release();
        // Before the claim's statement: its lease surely lasts until this moment plus the lease.
        long claimedAt = System.nanoTime();
        List<OutgoingMail> batch = VertxContextSupport.subscribeAndAwait(() -> claims.claim(free));
        if (batch.isEmpty()) {
            VertxContextSupport.subscribeAndAwait(profileWait::expire);
            launchScheduledSelections();
            wake.tryAcquire(config.dispatch().idleWait().toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
            return;
        }
        slots.acquire(batch.size());   // free: only this thread takes slots
        for (OutgoingMail mail : batch) {
            Held send = new Held(mail, claimedAt + leaseNanos);
            held.put(mail.sendId(), send);
            senders.execute(() -> send(send));
        }
    }

    private void send(Held send) {
        if (System.nanoTime() > send.leaseEndsNanos - leaseNanos / 2) {
            held.remove(send.mail.sendId());
            slots.release();
            LOG.warnf("send %s waited so long that its lease may run out during SMTP; left to the next claim",
                    send.mail.sendId());
            return;
        }
        done.add(smtp.send(send.mail));
    }

    /** Scheduled selections ride on the dispatcher's idle cycle: no scheduler dependency, at most idle-wait late. */
    private void launchScheduledSelections() throws Throwable {
        for (UUID campaign : VertxContextSupport.subscribeAndAwait(selections::due)) {
            VertxContextSupport.subscribeAndAwait(() -> selections.launch(campaign));
            wake.release();
        }
    }

    /**
     * The recorder: results in groups of at most {@value #RECORD_GROUP} as they arrive, until the loop has stopped and
     * everything it claimed is recorded (or the stop's deadline interrupts it).
     */
    private void recordResults() {
        try {
            while (running || loop.isAlive() || slots.availablePermits() < config.dispatch().batchSize()) {
                SendOutcome first = done.poll(config.dispatch().idleWait().toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<SendOutcome> group = Gathering.after(first, done, RECORD_GROUP, RECORD_LINGER);
                record(group);
                group.forEach(outcome -> held.remove(outcome.sendId()));
                slots.release(group.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(List<SendOutcome> group) throws InterruptedException {
        while (true) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> results.record(group));
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable failure) {
                if (!running || !TransientFailures.isTransient(failure)) {
                    LOG.errorf("%d send results not recorded (%s): their lease will send them again",
                            group.size(), failure.toString());
                    return;
                }
                LOG.warnf("recording %d send results failed (%s); trying again", group.size(), failure.toString());
                Thread.sleep(RECORD_RETRY_MILLIS);
            }
        }
    }

    /**
     * The lease keeper: every quarter lease, one statement renews the lease of everything held. A send it cannot renew
     * (recorded meanwhile, or claimed again by another dispatcher after its lease ran out) keeps its old end, so it is
     * not handed to SMTP late; a failed renewal (database away) is tried again at the next turn.
     */
    private void keepLeases() {
        long period = Math.max(1, TimeUnit.NANOSECONDS.toMillis(leaseNanos / 4));
        while (running) {
            try {
                Thread.sleep(period);
                List<Held> holding = List.copyOf(held.values());
                if (holding.isEmpty()) {
                    continue;
                }
                long renewedAt = System.nanoTime();
                Set<UUID> renewed = leases.renew(holding.stream().map(send -> send.mail).toList())
                        .await().indefinitely();
                holding.stream().filter(send -> renewed.contains(send.mail.sendId()))
                        .forEach(send -> send.leaseEndsNanos = renewedAt + leaseNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                LOG.warnf("renewing the leases of %d sends failed (%s); trying again", held.size(), failure.toString());
            }
        }
    }

    /** A claimed send this dispatcher holds, and until when (System.nanoTime) its lease surely lasts. */
    private static final class Held {
        final OutgoingMail mail;
        volatile long leaseEndsNanos;

        Held(OutgoingMail mail, long leaseEndsNanos) {
            this.mail = mail;
            this.leaseEndsNanos = leaseEndsNanos;
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
