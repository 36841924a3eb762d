package nl.nazorg.launcher.flow;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A bounded wait for the flow to settle after a change (an import, a rate drop, a launch): Kafka carries the change
 * from service to service, so the figures move for a while. Settled = the figures moved away from where they were
 * before, then stayed the same for a quiet period. E-mails still to send count as figures too, so a send in flight
 * shows as movement; a send that waits for a retry does not hold the wait up.
 */
public final class FlowSettling {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final Duration firstChangeWithin;
    private final Duration quietPeriod;
    private final Duration atMost;

    /**
     * @param firstChangeWithin give up when nothing at all changed within this time (e.g. a replayed rate drop)
     * @param quietPeriod       how long the figures must stay the same
     * @param atMost            the longest wait in any case
     */
    public FlowSettling(Duration firstChangeWithin, Duration quietPeriod, Duration atMost) {
        this.firstChangeWithin = firstChangeWithin;
        this.quietPeriod = quietPeriod;
        this.atMost = atMost;
    }

    /** How the wait ended: the last figures read, whether they settled, and how long it took. */
    public record Outcome(FlowFigures figures, boolean settled, boolean changed, Duration waited) {
    }

    public Outcome await(Supplier<FlowFigures> read, FlowFigures before) throws InterruptedException {
        long start = System.nanoTime();
        FlowFigures last = before;
        long lastChange = -1;
        while (true) {
            FlowFigures current = read.get();
            long now = System.nanoTime();
            if (!current.equals(last)) {
                last = current;
                lastChange = now;
            }
            boolean changed = lastChange >= 0;
            if (changed && now - lastChange >= quietPeriod.toNanos()) {
                return new Outcome(current, true, true, Duration.ofNanos(now - start));
            }
            if (!changed && now - start >= firstChangeWithin.toNanos() || now - start >= atMost.toNanos()) {
                return new Outcome(current, false, changed, Duration.ofNanos(now - start));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }
}
