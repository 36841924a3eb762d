package nl.nazorg.benchmarks.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load at a fixed rate: request {@code i} is due at {@code start + i / rate} whether or not earlier ones
 * have been answered, and its response time counts from when it was due, not from when it could be sent. A slow
 * system therefore shows its queueing in the percentiles instead of slowing the load down (no coordinated omission).
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    /**
     * Sends {@code count} requests at {@code ratePerSecond}; waits at most {@code drain} after the last one for the
     * outstanding answers.
     */
    public static Result run(double ratePerSecond, int count, Duration drain, Request request) {
        long period = Math.round(1_000_000_000.0 / ratePerSecond);
        Recorder recorder = new Recorder(3);
        AtomicLong correct = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Instant startInstant = Instant.now();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long early = due - System.nanoTime();
            if (early > 0) {
                LockSupport.parkNanos(early);
            }
            request.send(i).whenComplete((ok, failure) -> {
                recorder.recordValue(Math.max(1_000, System.nanoTime() - due));
                (failure != null ? failed : Boolean.TRUE.equals(ok) ? correct : wrong).incrementAndGet();
            });
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        Poll.untilAtLeast("answers to the open-loop requests", drain, count,
                () -> correct.get() + wrong.get() + failed.get());
        Histogram responseTimes = recorder.getIntervalHistogram();
        return new Result(startInstant, period, Latency.of(responseTimes), correct.get(), wrong.get(), failed.get(),
                count / Math.max(sendSeconds, 1e-9));
    }

    /** One request; completes with whether the answer was the right one, exceptionally when there was none. */
    @FunctionalInterface
    public interface Request {
        CompletionStage<Boolean> send(int index);
    }

    /**
     * @param start        when request 0 was due; request {@code i} was due at {@code start + i * periodNanos}
     * @param responseTimes from due time to answer (or failure)
     * @param wrong        answered, but not as expected
     * @param failed       no usable answer: an error status or no answer in time
     * @param sentRate     the rate the requests actually went out at (below the target when the sender fell behind)
     */
    public record Result(Instant start, long periodNanos, Latency responseTimes, long correct, long wrong, long failed,
                         double sentRate) {

        public Instant due(int index) {
            return start.plusNanos(index * periodNanos);
        }
    }
}
