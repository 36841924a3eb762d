package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCachesTest {

    private static final PlatformService SERVICE = PlatformService.ALL.get(0);
    private static final JavaRuntime RUNTIME = JavaRuntime.current();
    private static final boolean AOT = RUNTIME.feature() >= StartupCaches.AOT_CACHE_FEATURE;

    @TempDir
    Path work;

    @Test
    void withoutADirectoryAServiceStartsWithoutOptions() {
        StartupCaches.StartupCache cache = StartupCaches.NONE.of(SERVICE, work, RUNTIME);

        assertThat(cache.jvmOptions()).isEmpty();
        assertThat(cache.recording()).isFalse();
    }

    @Test
    void theFirstStartOfABuildRecordsAndTheNextMapsWhatItWrote() throws IOException {
        Path application = built(Instant.now().minusSeconds(60));
        StartupCaches caches = StartupCaches.in(work.resolve("caches"));

        StartupCaches.StartupCache first = caches.of(SERVICE, application, RUNTIME);
        assertThat(first.recording()).isTrue();
        assertThat(first.jvmOptions()).containsExactly((AOT ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=")
                + first.recordingFile());
        Files.createDirectories(first.file().getParent());
        Files.writeString(first.recordingFile(), "class data");
        first.keepRecording();

        StartupCaches.StartupCache next = caches.of(SERVICE, application, RUNTIME);
        assertThat(next.recording()).isFalse();
        assertThat(next.jvmOptions()).containsExactly((AOT ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + next.file());
        assertThat(next.file().getFileName().toString()).startsWith(SERVICE.name() + "-jdk" + Runtime.version());
    }

    @Test
    void aBuildNewerThanTheCacheRecordsAgain() throws IOException {
        StartupCaches caches = StartupCaches.in(work.resolve("caches"));
        Path application = built(Instant.now().minusSeconds(60));
        Path file = caches.of(SERVICE, application, RUNTIME).file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class data of the previous build");

        Files.setLastModifiedTime(application.resolve("app/service.jar"), FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(caches.of(SERVICE, application, RUNTIME).recording()).isTrue();
    }

    private Path built(Instant when) throws IOException {
        Path application = work.resolve("quarkus-app");
        Files.createDirectories(application.resolve("app"));
        for (Path file : new Path[] {application.resolve("quarkus-run.jar"), application.resolve("app/service.jar")}) {
            Files.writeString(file, "jar");
            Files.setLastModifiedTime(file, FileTime.from(when));
        }
        return application;
    }
}
