package nl.nazorg.benchmarks.measure;

/**
 * A scenario produced the wrong number of things (events in ≠ signals out, e-mails missing, an error answer): its
 * figures would describe a fast wrong answer, so the scenario fails instead of reporting them.
 */
public final class CountMismatch extends RuntimeException {

    public CountMismatch(String message) {
        super(message);
    }

    /** Fails unless {@code actual == expected}. */
    public static void check(String what, long expected, long actual) {
        if (expected != actual) {
            throw new CountMismatch(what + ": expected " + expected + ", got " + actual);
        }
    }

    public static void checkThat(boolean condition, String message) {
        if (!condition) {
            throw new CountMismatch(message);
        }
    }
}
