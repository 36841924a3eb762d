package nl.nazorg.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the launcher tells the person who started it: one short line per step, with the time since start, and how
 * long each stage took.
 */
public final class Progress {

    private final PrintStream out;
    private final Instant start = Instant.now();
    private final List<String> stages = new ArrayList<>();
    private Instant stageStart = start;

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

    /** Ends a stage that began where the last one ended (or at the start): its time is in {@link #stages()}. */
    public void stageDone(String stage) {
        Instant now = Instant.now();
        double seconds = Duration.between(stageStart, now).toMillis() / 1000.0;
        stages.add(String.format(Locale.ROOT, "%s %.1f s", stage, seconds));
        stageStart = now;
    }

    /** The stages done so far with their times, e.g. "infrastructure 5.2 s, services 9.1 s". */
    public String stages() {
        return String.join(", ", stages);
    }

    private double elapsed() {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
