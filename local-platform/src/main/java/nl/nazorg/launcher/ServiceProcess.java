package nl.nazorg.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A service running as a child process with the production profile; its configuration arrives as environment
 * variables (the same keys docker-compose sets), its output goes to a log file.
 */
final class ServiceProcess {

    private static final Duration HEALTH_POLL_INTERVAL = Duration.ofMillis(250);
    /** How long a service may take to stop after SIGTERM before it is killed. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** The same for a start that records its start-up cache: the JVM writes it while it exits. */
    private static final Duration RECORDING_STOP_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PlatformService service;
    private final Process process;
    private final Path logFile;
    private final StartupCaches.StartupCache cache;

    private ServiceProcess(PlatformService service, Process process, Path logFile, StartupCaches.StartupCache cache) {
        this.service = service;
        this.process = process;
        this.logFile = logFile;
        this.cache = cache;
    }

    /** Starts the service; {@code again}: after a kill, its output goes on in the same log file instead of a new one. */
    static ServiceProcess start(PlatformService service, ServiceLaunch launch, boolean again) throws IOException {
        Path jar = launch.application(service);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
        }
        Files.createDirectories(launch.logDirectory());
        Path logFile = launch.logFile(service);
        StartupCaches.StartupCache cache = launch.caches().of(service, jar.getParent(), launch.runtime());
        if (cache.recording()) {
            Files.createDirectories(cache.file().getParent());
        }
        List<String> command = new ArrayList<>(List.of(launch.runtime().executable().toString()));
        command.addAll(ServiceJvmOptions.of(service, launch.runtime().feature()));
        command.addAll(cache.jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(again ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                        : ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(ServiceJvmOptions.ENVIRONMENT);
        launch.configuration().forService(service)
                .forEach((key, value) -> builder.environment().put(environmentName(key), value));
        return new ServiceProcess(service, builder.start(), logFile, cache);
    }

    /** Quarkus' environment-variable form of a configuration key: upper case, every other character an underscore. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Waits until {@code /q/health/ready} on the management port answers 200; fails early when the process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.readinessUrl()))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with code " + process.exitValue());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The HTTP server is not up yet: poll again.
            }
            Thread.sleep(HEALTH_POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException("not healthy within " + timeout.toSeconds() + " s");
    }

    PlatformService service() {
        return service;
    }

    Path logFile() {
        return logFile;
    }

    /** SIGKILL, as a crash: the process ends without shutting down; returns once it has exited. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(service.name() + " did not exit within 10 s of SIGKILL");
        }
    }

    /** Whether this start records the start-up cache (written while the service stops). */
    boolean recordsStartupCache() {
        return cache.recording();
    }

    /** SIGTERM: Quarkus shuts down gracefully. */
    void stop() {
        process.destroy();
    }

    /**
     * After {@link #stop()}: waits until it has exited, and kills it after ten seconds (two minutes while it writes its
     * start-up cache). A cache it wrote while exiting by itself is kept for the next start.
     */
    void awaitStopped() throws InterruptedException {
        Duration timeout = cache.recording() ? RECORDING_STOP_TIMEOUT : STOP_TIMEOUT;
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            if (cache.recording()) {
                try {
                    cache.keepRecording();
                } catch (IOException e) {
                    System.err.println(service.name() + ": start-up cache not kept: " + e.getMessage());
                }
            }
        } else {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
