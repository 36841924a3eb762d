package nl.nazorg.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java runtime the services run on: by default the one running the launcher; the footprint benchmark starts
 * them on other installed JDKs too, to compare their start-up caches in one run.
 *
 * @param home    the JDK's directory ({@code java.home})
 * @param version its full version, as {@link Runtime#version()} gives it inside that JVM
 */
public record JavaRuntime(Path home, Runtime.Version version) {

    /**
     * The JDK the platform is built, tested and measured on (README, "Set-up"), and the compose images' runtime. An
     * older one still runs it, with slower starts (local-platform's README, "JDK and start-up caches").
     */
    public static final int PLATFORM_FEATURE = 25;

    private static final Pattern RUNTIME_VERSION = Pattern.compile("(?m)^JAVA_RUNTIME_VERSION=\"([^\"]+)\"");

    /** The runtime of this JVM. */
    public static JavaRuntime current() {
        return new JavaRuntime(Path.of(System.getProperty("java.home")), Runtime.version());
    }

    /** The JDK installed at {@code home}, its version read from its {@code release} file. */
    public static JavaRuntime at(Path home) {
        Path release = home.resolve("release");
        try {
            Matcher matcher = RUNTIME_VERSION.matcher(Files.readString(release));
            if (!matcher.find()) {
                throw new IllegalArgumentException(release + " names no JAVA_RUNTIME_VERSION");
            }
            return new JavaRuntime(home, Runtime.Version.parse(matcher.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JDK (no readable release file): " + home, e);
        }
    }

    public Path executable() {
        return home.resolve("bin").resolve("java");
    }

    /** The feature release: 17, 25, … */
    public int feature() {
        return version.feature();
    }
}
