package nl.nazorg.benchmarks.measure;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A bounded wait: polls a condition at a short interval until it holds or the timeout passes, then fails with what
 * it waited for and the last value seen. Never a fixed sleep: the wait ends as soon as the condition holds.
 */
public final class Poll {

    private static final long INTERVAL_MILLIS = 20;

    private Poll() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, () -> condition.getAsBoolean() ? Boolean.TRUE : null, () -> "not yet");
    }

    /** Waits until the condition holds or the timeout passes; answers whether it held (no failure either way). */
    public static boolean within(Duration timeout, BooleanSupplier condition) {
        return within(timeout, Duration.ofMillis(INTERVAL_MILLIS), condition);
    }

    /** {@link #within(Duration, BooleanSupplier)} for a costly condition, checked every {@code interval}. */
    public static boolean within(Duration timeout, Duration interval, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(interval.toMillis());
        }
        return true;
    }

    /** Waits until {@code probe} answers non-null and returns that answer. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe, Supplier<String> lastSeen) {
        return until(what, timeout, Duration.ofMillis(INTERVAL_MILLIS), probe, lastSeen);
    }

    /** {@link #until(String, Duration, Supplier, Supplier)} for a costly probe, asked every {@code interval}. */
    public static <T> T until(String what, Duration timeout, Duration interval, Supplier<T> probe,
                              Supplier<String> lastSeen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T answer = probe.get();
            if (answer != null) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new CountMismatch(what + " not reached within " + timeout.toSeconds() + " s ("
                        + lastSeen.get() + ")");
            }
            pause(interval.toMillis());
        }
    }

    /** Waits until {@code value} reaches {@code target}; answers the moment it did (System.nanoTime()). */
    public static long untilAtLeast(String what, Duration timeout, long target, LongProbe value) {
        return untilAtLeast(what, timeout, Duration.ofMillis(INTERVAL_MILLIS), target, value);
    }

    /** {@link #untilAtLeast(String, Duration, long, LongProbe)} for a costly counter, read every {@code interval}. */
    public static long untilAtLeast(String what, Duration timeout, Duration interval, long target, LongProbe value) {
        long[] last = {-1};
        return until(what, timeout, interval, () -> {
            last[0] = value.read();
            return last[0] >= target ? System.nanoTime() : null;
        }, () -> "last " + last[0] + " of " + target);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    /** A counter read by a poll (rows in a table, mails received). */
    @FunctionalInterface
    public interface LongProbe {
        long read();
    }
}
