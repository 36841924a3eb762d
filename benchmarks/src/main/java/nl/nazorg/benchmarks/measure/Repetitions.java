package nl.nazorg.benchmarks.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a measurement a few times to warm up (results dropped), then repeatedly for the figures. Every repetition is
 * one call of the measurement with its index, so it can use fresh data (new client ids, the next rate step).
 */
public record Repetitions(int warmups, int repeats) {

    private static final Supplier<AutoCloseable> NO_WINDOW = () -> () -> { };

    public Repetitions {
        if (warmups < 0 || repeats < 3) {
            throw new IllegalArgumentException("at least three measured repetitions, got " + repeats);
        }
    }

    public int total() {
        return warmups + repeats;
    }

    /** Runs every repetition and returns the measured ones' results, in order. */
    public <T> List<T> run(String what, Consumer<String> log, Measurement<T> measurement) throws Exception {
        return run(what, log, NO_WINDOW, measurement);
    }

    /**
     * The same, with a window around the repetitions (a recording, a CPU account): opened before the first warm-up,
     * so that starting a recording disturbs a warm-up rather than a measured repetition, and closed after the last
     * repetition — also when one fails, so what it saw is kept.
     */
    public <T> List<T> run(String what, Consumer<String> log, Supplier<? extends AutoCloseable> window,
            Measurement<T> measurement) throws Exception {
        List<T> measured = new ArrayList<>();
        try (AutoCloseable opened = window.get()) {
            for (int i = 0; i < warmups; i++) {
                log.accept(String.format("%s warm-up %d/%d: %s", what, i + 1, warmups, measurement.measure(i)));
            }
            for (int i = warmups; i < total(); i++) {
                T result = measurement.measure(i);
                log.accept(String.format("%s repeat %d/%d: %s", what, i - warmups + 1, repeats, result));
                measured.add(result);
            }
        }
        return measured;
    }

    /** One repetition. */
    @FunctionalInterface
    public interface Measurement<T> {
        T measure(int index) throws Exception;
    }
}
