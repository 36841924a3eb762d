package nl.nazorg.benchmarks.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kafka's own performance tools ({@code org.apache.kafka:kafka-tools}: ConsumerPerformance, ProducerPerformance), run
 * as child processes on the benchmark's classpath against the benchmark's broker, as {@code kafka-*-perf-test.sh}
 * would run them. Their own timing is what the baselines report; the process start is not in it.
 */
final class KafkaPerfTool {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private KafkaPerfTool() {
    }

    /** Runs the tool to its end; answers its standard output, line by line. */
    static List<String> run(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
                lines.lines().forEach(output::add);
            }
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass + " failed: " + String.join("\n", output));
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + mainClass + " ran", e);
        }
    }
}
