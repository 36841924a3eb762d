package nl.nazorg.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** What the launcher tells the person who started it: one short line per step, with the time since start. */
public final class Progress {

    private final PrintStream out;
    private final Instant start = Instant.now();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void step(String what) {
        out.printf("[%5.1fs] %s%n", elapsed(), what);
    }

    public void failed(String component, String reason, Object logLocation) {
        out.printf("[%5.1fs] FAILED: %s — %s%n         log: %s%n", elapsed(), component, reason, logLocation);
    }

    /** A failure of the launcher's own part (it has no log of its own). */
    public void failed(String component, String reason) {
        out.printf("[%5.1fs] FAILED: %s — %s%n", elapsed(), component, reason);
    }

    private double elapsed() {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
