package nl.nazorg.benchmarks.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import nl.nazorg.launcher.PlatformService;

/**
 * A copy of the four services' runnable applications ({@code <service>/target/quarkus-app}) taken when the benchmark
 * starts, laid out like the checkout so the launcher's classes find them. A rebuild of a service while the benchmark
 * runs (other work on the same machine) then cannot swap jars under a running service, and the report describes
 * exactly the build that was measured.
 */
public final class AppSnapshot {

    private AppSnapshot() {
    }

    /** Copies the applications from {@code projectHome} into {@code snapshotHome}; answers {@code snapshotHome}. */
    public static Path take(Path projectHome, Path snapshotHome) {
        for (PlatformService service : PlatformService.ALL) {
            Path application = service.runnableJar(projectHome).getParent();
            if (!Files.isDirectory(application)) {
                throw new IllegalStateException(application + " is missing: build first with "
                        + "./mvnw install -DskipTests -pl benchmarks -am");
            }
            copyTree(application, service.runnableJar(snapshotHome).getParent());
        }
        return snapshotHome;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from, e);
        }
    }
}
