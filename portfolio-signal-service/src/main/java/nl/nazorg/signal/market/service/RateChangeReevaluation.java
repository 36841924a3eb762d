package nl.nazorg.signal.market.service;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.nazorg.signal.evaluation.service.RateChangePass;
import nl.nazorg.signal.market.repository.MarketRateRow;

/**
 * Starts the re-evaluation of the loan parts a rate change can affect ({@link RateChangePass}) after a rate table
 * was stored. Requests that arrive while one runs
 * are folded into one more run afterwards (ten tables in a row cost two passes, not ten). Tables still marked
 * pending at start-up (a crash mid-run) are re-evaluated then.
 */
@ApplicationScoped
public class RateChangeReevaluation {

    private static final Logger LOG = Logger.getLogger(RateChangeReevaluation.class);

    @Inject
    RateChangePass pass;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong passes = new AtomicLong();
    private final AtomicBoolean requestedAgain = new AtomicBoolean();
    private final AtomicBoolean allPeriods = new AtomicBoolean();

    /** A pass over the loan parts the stored tables' changes can reach. */
    public void request() {
        // Flag first, then try to start: whoever finishes a run re-checks the flag, so no request is lost.
        requestedAgain.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        requestedAgain.set(false);
        boolean all = allPeriods.getAndSet(false);
        pass.run(all).subscribe().with(done -> {
            passes.incrementAndGet();
            finished();
        }, failure -> {
            LOG.error("re-evaluation after a rate change failed; tables stay pending", failure);
            if (all) {
                allPeriods.set(true);
            }
            finished();
        });
    }

    /** A pass over every loan part a rate can reach, whatever its period (after a lender's table was removed). */
    public void requestForAllPeriods() {
        allPeriods.set(true);
        request();
    }

    public boolean isIdle() {
        return !running.get() && !requestedAgain.get();
    }

    /** Passes completed since the service started (a table published again unchanged starts none). */
    public long completedPasses() {
        return passes.get();
    }

    void onStart(@Observes StartupEvent start) {
        pass.runOn(() -> Panache.withSession(() -> MarketRateRow.count("pendingSince is not null")))
                .subscribe().with(pending -> {
                    if (pending > 0) {
                        request();
                    }
                }, failure -> LOG.warn("could not look for pending rate tables", failure));
    }

    private void finished() {
        running.set(false);
        if (requestedAgain.get()) {
            request();
        }
    }

}
