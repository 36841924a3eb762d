package nl.nazorg.benchmarks.measure;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: at most {@code inFlight} requests outstanding, the next one sent when an answer comes back, so
 * the load runs at whatever pace the system takes. For warming a service up without queueing it into timeouts; its
 * timings are not figures (an open loop measures those, see {@link OpenLoop}).
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /**
     * Sends {@code count} requests, {@code inFlight} at a time; waits at most {@code drain} after the last one for the
     * outstanding answers.
     *
     * @return how many were answered as expected
     */
    public static long run(int inFlight, int count, Duration drain, OpenLoop.Request request)
            throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong correct = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        for (int i = 0; i < count; i++) {
            slots.acquire();
            request.send(i).whenComplete((ok, failure) -> {
                if (failure == null && Boolean.TRUE.equals(ok)) {
                    correct.incrementAndGet();
                }
                answered.incrementAndGet();
                slots.release();
            });
        }
        Poll.untilAtLeast("answers to the closed-loop requests", drain, count, answered::get);
        return correct.get();
    }
}
