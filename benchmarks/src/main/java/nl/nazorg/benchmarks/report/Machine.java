package nl.nazorg.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run measured: what a reader needs to compare figures across machines. */
public record Machine(int cores, String cpuModel, long memoryBytes, String os, String kernel, String jvm) {

    public static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemoryBytes(), osName(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static String readCpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
    }

    private static long readMemoryBytes() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> Long.parseLong(kb.replace("kB", "").trim()) * 1024).orElse(0L);
    }

    private static String osName() {
        return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(name -> name.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
    }

    /** The value of the first {@code key: value} or {@code key=value} line of a file. */
    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }
}
