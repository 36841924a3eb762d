package nl.nazorg.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.nazorg.launcher.JavaRuntime;

/**
 * The command line: {@code [--size ci|medium|full] [--scenario NAME]... [--out DIR] [--profile|--no-profile]
 * [--report-only] [--jdk DIR]... [--home DIR]}. Without {@code --scenario} every scenario runs; without
 * {@code --out} a {@code ci} run writes under {@code benchmarks/target/benchmark-ci/} and any other size into
 * {@code benchmarks/} ({@code results/<scenario>-<size>.json} and {@code RESULTS.md}). Flight recordings are on by
 * default except at size {@code ci}. {@code --report-only} regenerates {@code RESULTS.md} from {@code results/} and
 * runs nothing.
 * {@code --jdk DIR} (a JDK's home) adds a Java runtime on which the footprint scenario also starts the services, to
 * compare start-up caches in one run; the platform itself runs on the benchmark's own.
 */
public record BenchmarkOptions(BenchmarkSize size, List<String> scenarios, Path home, Path out, boolean profile,
                               String commandLine, boolean reportOnly, List<Path> otherJdks) {

    public static BenchmarkOptions parse(String... args) {
        BenchmarkSize size = BenchmarkSize.FULL;
        List<String> scenarios = new ArrayList<>();
        Path home = Path.of("").toAbsolutePath();
        Path out = null;
        Boolean profile = null;
        boolean reportOnly = false;
        List<Path> otherJdks = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--size" -> size = BenchmarkSize.named(value(args, ++i, option));
                case "--scenario" -> scenarios.add(value(args, ++i, option));
                case "--home" -> home = Path.of(value(args, ++i, option)).toAbsolutePath();
                case "--out" -> out = Path.of(value(args, ++i, option)).toAbsolutePath();
                case "--profile" -> profile = true;
                case "--no-profile" -> profile = false;
                case "--report-only" -> reportOnly = true;
                case "--jdk" -> otherJdks.add(Path.of(value(args, ++i, option)).toAbsolutePath());
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + usage());
            }
            // The report shows the command as a reader would type it: without the script's own --home.
            if (!option.equals("--home")) {
                shown.add(option.equals("--profile") || option.equals("--no-profile")
                        || option.equals("--report-only") ? option : option + " " + args[i]);
            }
        }
        Path output = out != null ? out
                : size == BenchmarkSize.CI ? home.resolve("benchmarks/target/benchmark-ci") : home.resolve("benchmarks");
        return new BenchmarkOptions(size, List.copyOf(scenarios), home, output,
                profile != null ? profile : size != BenchmarkSize.CI,
                ("./benchmarks/run " + String.join(" ", shown)).trim(), reportOnly, List.copyOf(otherJdks));
    }

    /** The Java runtimes the footprint scenario starts the services on: the benchmark's, then each {@code --jdk}. */
    public List<JavaRuntime> runtimes() {
        List<JavaRuntime> runtimes = new ArrayList<>(List.of(JavaRuntime.current()));
        otherJdks.stream().map(JavaRuntime::at).forEach(runtimes::add);
        return List.copyOf(runtimes);
    }

    /** Where the run keeps its snapshot, data, keys, logs and recordings. */
    public Path work() {
        return home.resolve("benchmarks/target/benchmark-work").resolve(size.name());
    }

    public static String usage() {
        return "usage: ./benchmarks/run [--size ci|medium|full] [--scenario NAME]... [--out DIR] "
                + "[--profile|--no-profile] [--report-only] [--jdk DIR]...\n  scenarios: "
                + String.join(", ", Scenarios.names());
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[index];
    }
}
