package nl.nazorg.benchmarks.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service spent its CPU during a flight recording, from its execution samples (what
 * {@code jfr print --events jdk.ExecutionSample} lists, counted in Java so the report can hold it):
 * <ul>
 * <li>methods: the method on top of the stack (self time);</li>
 * <li>areas: the library or code the sample is in, by the first frame outside the JDK, so a {@code HashMap.get}
 * called by Hibernate counts for Hibernate;</li>
 * <li>Nazorg code: the innermost {@code nl.nazorg} method on the stack, that is the platform's own code that is
 * running or waiting for what it called (inclusive time);</li>
 * </ul>
 * plus the garbage collector's pauses.
 */
public record HotMethods(long samples, List<Share> methods, List<Share> areas, List<Share> nazorgCode,
                         double gcPauseMillis) {

    public static HotMethods of(Path recording, int top) {
        Map<String, Long> byMethod = new HashMap<>();
        Map<String, Long> byArea = new HashMap<>();
        Map<String, Long> byNazorgMethod = new HashMap<>();
        long samples = 0;
        double gcNanos = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcNanos += event.getDuration().toNanos();
                } else if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null
                        && !event.getStackTrace().getFrames().isEmpty()) {
                    List<RecordedFrame> frames = event.getStackTrace().getFrames();
                    byMethod.merge(name(frames.get(0)), 1L, Long::sum);
                    byArea.merge(CodeArea.of(className(firstOutsideJdk(frames))), 1L, Long::sum);
                    frames.stream().filter(frame -> className(frame).startsWith("nl.nazorg.")).findFirst()
                            .ifPresent(frame -> byNazorgMethod.merge(name(frame), 1L, Long::sum));
                    samples++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + recording, e);
        }
        return new HotMethods(samples, top(byMethod, samples, top), top(byArea, samples, top),
                top(byNazorgMethod, samples, top), gcNanos / 1e6);
    }

    private static RecordedFrame firstOutsideJdk(List<RecordedFrame> frames) {
        return frames.stream().filter(frame -> !CodeArea.isJdk(className(frame))).findFirst().orElse(frames.get(0));
    }

    private static String className(RecordedFrame frame) {
        return frame.getMethod().getType().getName();
    }

    private static String name(RecordedFrame frame) {
        return className(frame) + "." + frame.getMethod().getName();
    }

    private static List<Share> top(Map<String, Long> counts, long total, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top).map(e -> new Share(e.getKey(), 100.0 * e.getValue() / Math.max(total, 1))).toList();
    }

    /** A method or an area of code with its share of the samples, in percent. */
    public record Share(String name, double percent) {
    }
}
