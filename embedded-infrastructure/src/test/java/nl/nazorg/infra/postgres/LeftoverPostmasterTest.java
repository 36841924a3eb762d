package nl.nazorg.infra.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL server outlives a killed launcher; the next start finds it through {@code postmaster.pid} and stops it.
 */
class LeftoverPostmasterTest {

    private static final Path ROOT = Path.of("target", "test-infrastructure").toAbsolutePath();
    private static final Path BINARIES = ROOT.resolve("postgres-binaries");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aPostmasterLeftByAKilledJvmIsStoppedByTheNextStart() throws Exception {
        Path directory = ROOT.resolve("leftover");
        deleteRecursively(directory);
        Process launcher = startAbandonedPostgres(directory);
        long leftoverPid;
        try {
            awaitReady(launcher);
            leftoverPid = postmasterPid(directory);
        } finally {
            launcher.destroyForcibly();
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive)).as("left running").contains(true);

        try (PostgresServer server = PostgresServer.start(directory, BINARIES, 0, List.of("client"))) {
            assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).as("leftover stopped").isEmpty();
            assertThat(postmasterPid(directory)).isNotEqualTo(leftoverPid);
            try (Connection connection = server.dataSource("client").getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aStalePidFileOfADeadProcessIsRemoved() throws Exception {
        Path directory = ROOT.resolve("stale-pid");
        deleteRecursively(directory);
        try (PostgresServer server = PostgresServer.start(directory, BINARIES, 0, List.of("survey"))) {
            assertThat(server.port()).isPositive();
        }
        Process finished = new ProcessBuilder(javaExecutable(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        finished.waitFor(30, TimeUnit.SECONDS);
        Path pidFile = directory.resolve("data").resolve("postmaster.pid");
        Files.writeString(pidFile, finished.pid() + "\n" + directory.resolve("data") + "\n");

        assertThat(LeftoverPostmaster.stopIfRunning(directory.resolve("data"))).isFalse();

        assertThat(pidFile).doesNotExist();
        try (PostgresServer server = PostgresServer.start(directory, BINARIES, 0, List.of("survey"));
                Connection connection = server.dataSource("survey").getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private static Process startAbandonedPostgres(Path directory) throws IOException {
        return new ProcessBuilder(javaExecutable(), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"),
                AbandonedPostgres.class.getName(), directory.toString(), BINARIES.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static void awaitReady(Process launcher) {
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    if (line.startsWith("READY ")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        await().atMost(TIMEOUT).until(ready::isDone);
        assertThat(ready.join()).as("child JVM started PostgreSQL").isTrue();
    }

    private static long postmasterPid(Path directory) throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("data").resolve("postmaster.pid")).get(0).trim());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
