package nl.nazorg.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the services keep the class data of their JVMs between starts, so that a start maps its classes, already
 * parsed, verified and linked, from one file instead of reading them from the jars. On JDK 25 and later that is the
 * ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, and method profiles); on older JDKs a dynamic
 * AppCDS archive (classes only). The first start of a build records the file, which the JVM writes when the service
 * stops; every later start of that build on that JVM maps it. The JVM checks the file against its jars and itself
 * and starts without it when they differ, so a stale file costs speed, never correctness.
 *
 * <p>{@link #NONE} for a platform that starts once (the tests): recording costs a few seconds at stop.
 */
public record StartupCaches(Optional<Path> directory) {

    public static final StartupCaches NONE = new StartupCaches(Optional.empty());
    /** The first JDK with the ahead-of-time cache and its one-step recording ({@code -XX:AOTCacheOutput}). */
    static final int AOT_CACHE_FEATURE = 25;

    public static StartupCaches in(Path directory) {
        return new StartupCaches(Optional.of(directory));
    }

    /** What the cache is on {@code runtime}, for a reader: "its AOT cache" or "an AppCDS archive". */
    public static String kind(JavaRuntime runtime) {
        return runtime.feature() >= AOT_CACHE_FEATURE ? "its AOT cache" : "an AppCDS archive";
    }

    /**
     * The cache of {@code service} whose application (Quarkus' {@code quarkus-app}) is {@code application}, for
     * its JVM on {@code runtime}.
     */
    StartupCache of(PlatformService service, Path application, JavaRuntime runtime) {
        if (directory.isEmpty()) {
            return StartupCache.NONE;
        }
        boolean aot = runtime.feature() >= AOT_CACHE_FEATURE;
        Path file = directory.get().resolve(service.name() + "-jdk" + runtime.version() + (aot ? ".aot" : ".jsa"));
        return new StartupCache(file, aot, isNewer(file, application));
    }

    /** Whether {@code file} exists and was written after every file of the application was built. */
    private static boolean isNewer(Path file, Path application) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(application)) {
            FileTime cache = Files.getLastModifiedTime(file);
            return files.filter(Files::isRegularFile).allMatch(built -> lastModified(built).compareTo(cache) < 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One service's cache: its JVM options, and whether this start records it.
     *
     * @param file   where it is, or will be once recorded
     * @param aot    the ahead-of-time cache (else an AppCDS archive)
     * @param usable recorded for this build: mapped at start; otherwise this start records it
     */
    record StartupCache(Path file, boolean aot, boolean usable) {

        static final StartupCache NONE = new StartupCache(null, false, false);

        boolean recording() {
            return file != null && !usable;
        }

        /** What the JVM is started with; it records into {@link #recordingFile()}, renamed once complete. */
        List<String> jvmOptions() {
            if (file == null) {
                return List.of();
            }
            if (usable) {
                return List.of(aot ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file);
            }
            String record = aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
            return List.of(record + recordingFile());
        }

        Path recordingFile() {
            return file.resolveSibling(file.getFileName() + ".recording");
        }

        /** After a recording JVM exited by itself: its file is complete, and becomes the cache. */
        void keepRecording() throws IOException {
            if (Files.isRegularFile(recordingFile())) {
                Files.move(recordingFile(), file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
