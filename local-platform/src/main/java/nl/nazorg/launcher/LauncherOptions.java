package nl.nazorg.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The launcher's command line: {@code --home DIR} (the project checkout), {@code --data-dir DIR} (default
 * {@code <home>/.nazorg}) and {@code --start-timeout SECONDS} per service.
 */
public record LauncherOptions(Path home, Path dataDirectory, Duration startTimeout) {

    public static LauncherOptions parse(String... args) {
        Path home = Path.of("").toAbsolutePath();
        Path dataDirectory = null;
        Duration startTimeout = Duration.ofSeconds(120);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(require(args[i], value)).toAbsolutePath();
                case "--data-dir" -> dataDirectory = Path.of(require(args[i], value)).toAbsolutePath();
                case "--start-timeout" -> startTimeout = Duration.ofSeconds(Long.parseLong(require(args[i], value)));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (known: --home DIR, --data-dir DIR, --start-timeout SECONDS)");
            }
            i++;
        }
        if (!Files.isRegularFile(home.resolve("pom.xml"))) {
            throw new IllegalArgumentException(home + " is not the Nazorg checkout (no pom.xml); pass --home");
        }
        return new LauncherOptions(home, dataDirectory == null ? home.resolve(".nazorg") : dataDirectory, startTimeout);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    public Path keyDirectory() {
        return dataDirectory.resolve("keys");
    }
}
