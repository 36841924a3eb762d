package nl.nazorg.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import nl.nazorg.launcher.mailbox.MailboxPage;
import nl.nazorg.launcher.story.DemoStory;

/**
 * The launcher's command line: {@code --home DIR} (the project checkout), {@code --data-dir DIR} (default
 * {@code <home>/.nazorg}), {@code --start-timeout SECONDS} per service, {@code --mailbox-port PORT} (default 8025),
 * and {@code demo <story>} to replay a demo story on the running platform instead of starting one.
 */
public record LauncherOptions(Path home, Path dataDirectory, Duration startTimeout, int mailboxPort,
        Optional<DemoStory> demoStory) {

    private static final String KNOWN = "known: --home DIR, --data-dir DIR, --start-timeout SECONDS, "
            + "--mailbox-port PORT, demo " + DemoStory.commandNames();

    public static LauncherOptions parse(String... args) {
        Path home = Path.of("").toAbsolutePath();
        Path dataDirectory = null;
        Duration startTimeout = Duration.ofSeconds(120);
        int mailboxPort = MailboxPage.DEFAULT_PORT;
        DemoStory story = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(require(args[i], value)).toAbsolutePath();
                case "--data-dir" -> dataDirectory = Path.of(require(args[i], value)).toAbsolutePath();
                case "--start-timeout" -> startTimeout = Duration.ofSeconds(number(args[i], value, 1, 3600));
                case "--mailbox-port" -> mailboxPort = (int) number(args[i], value, 1, 65535);
                case "demo" -> story = DemoStory.named(require(args[i], value));
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + " (" + KNOWN + ")");
            }
            i++;
        }
        if (!Files.isRegularFile(home.resolve("pom.xml"))) {
            throw new IllegalArgumentException(home + " is not the Nazorg checkout (no pom.xml); pass --home");
        }
        return new LauncherOptions(home, dataDirectory == null ? home.resolve(".nazorg") : dataDirectory, startTimeout,
                mailboxPort, Optional.ofNullable(story));
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static long number(String option, String value, long min, long max) {
        try {
            long number = Long.parseLong(require(option, value));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below with the range.
        }
        throw new IllegalArgumentException(option + " needs a whole number from " + min + " to " + max + ", got " + value);
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /**
     * Where the services' JVMs keep their class data between starts ({@link StartupCaches}): beside the build they
     * belong to, not in the data directory, so a fresh data directory (a new demo) on the same build starts from them.
     */
    public Path startupCacheDirectory() {
        return home.resolve("local-platform").resolve("target").resolve("startup-cache");
    }

    public Path keyDirectory() {
        return dataDirectory.resolve("keys");
    }

    /** Where the launcher's mailbox page is. */
    public String mailboxUrl() {
        return "http://localhost:" + mailboxPort + "/";
    }
}
