package nl.nazorg.benchmarks.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The median, minimum and maximum of the measured repetitions of one figure (warm-up excluded), with the samples
 * themselves so the JSON report keeps them.
 */
public record Stats(double median, double min, double max, List<Double> samples) {

    public Stats {
        samples = List.copyOf(samples);
    }

    public static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), samples);
    }

    /** A figure measured once (a count, a peak). */
    public static Stats single(double value) {
        return of(List.of(value));
    }

    @JsonIgnore
    public boolean isSingle() {
        return samples.size() == 1;
    }

    /** The same figure in another unit, e.g. seconds to microseconds per loan part. */
    public Stats scaled(double factor) {
        return Stats.of(samples.stream().map(sample -> sample * factor).toList());
    }

    /** A rate from durations: {@code count / seconds} per sample. */
    public Stats inverted(double count) {
        return Stats.of(samples.stream().map(seconds -> count / seconds).toList());
    }
}
