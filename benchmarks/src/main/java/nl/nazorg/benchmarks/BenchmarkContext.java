package nl.nazorg.benchmarks;

import java.nio.file.Path;
import java.util.List;

import nl.nazorg.benchmarks.kafka.EventPublisher;
import nl.nazorg.benchmarks.measure.Repetitions;
import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.launcher.JavaRuntime;
import nl.nazorg.launcher.Progress;

/**
 * What every scenario works with: the running platform, the size, one event publisher, where to put recordings,
 * whether to record profiles, and the Java runtimes whose start-up the footprint scenario compares (the platform's
 * own first).
 */
public record BenchmarkContext(BenchmarkPlatform platform, BenchmarkSize size, boolean profile, Path work,
                               Progress progress, EventPublisher events, List<JavaRuntime> runtimes) {

    public void log(String line) {
        progress.step(line);
    }

    public Repetitions repetitions() {
        return size.repetitions();
    }
}
