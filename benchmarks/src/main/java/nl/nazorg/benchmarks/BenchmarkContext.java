package nl.nazorg.benchmarks;

import java.nio.file.Path;

import nl.nazorg.benchmarks.kafka.EventPublisher;
import nl.nazorg.benchmarks.measure.Repetitions;
import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.launcher.Progress;

/**
 * What every scenario works with: the running platform, the size, one event publisher, where to put recordings,
 * and whether to record profiles.
 */
public record BenchmarkContext(BenchmarkPlatform platform, BenchmarkSize size, boolean profile, Path work,
                               Progress progress, EventPublisher events) {

    public void log(String line) {
        progress.step(line);
    }

    public Repetitions repetitions() {
        return size.repetitions();
    }
}
