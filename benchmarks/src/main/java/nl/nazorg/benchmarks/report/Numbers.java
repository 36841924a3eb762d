package nl.nazorg.benchmarks.report;

import java.util.Locale;

/** Figures written for people: thousands separated, as many decimals as the size of the number deserves. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%,.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String megabytes(long bytes) {
        return format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
