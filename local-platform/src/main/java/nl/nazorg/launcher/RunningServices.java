package nl.nazorg.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The four services as child processes: started in order, awaited until healthy, stopped in reverse order. Used by
 * the launcher and by the end-to-end tests, so both run the services exactly alike.
 */
public final class RunningServices implements AutoCloseable {

    private final List<ServiceProcess> processes = new ArrayList<>();

    /**
     * Starts every service of {@code configuration} and waits until each is healthy.
     *
     * @throws ServiceStartFailure naming the service that did not start and its log file; the others are stopped
     */
    public static RunningServices start(ServiceConfiguration configuration, Path projectHome, Path logDirectory,
            Duration startTimeout, Progress progress) throws InterruptedException {
        RunningServices running = new RunningServices();
        try {
            for (PlatformService service : configuration.services()) {
                progress.step("Starting " + service.name() + " on port " + service.port());
                running.processes.add(startOne(service, configuration, projectHome, logDirectory));
            }
            for (ServiceProcess process : running.processes) {
                try {
                    process.awaitReady(startTimeout);
                } catch (IllegalStateException e) {
                    throw new ServiceStartFailure(process.service().name(), e.getMessage(), process.logFile());
                }
                progress.step(process.service().name() + " is healthy");
            }
            return running;
        } catch (RuntimeException | InterruptedException e) {
            running.close();
            throw e;
        }
    }

    private static ServiceProcess startOne(PlatformService service, ServiceConfiguration configuration,
            Path projectHome, Path logDirectory) {
        try {
            return ServiceProcess.start(service, projectHome, logDirectory, configuration.forService(service));
        } catch (Exception e) {
            throw new ServiceStartFailure(service.name(), e.getMessage(), logDirectory.resolve(service.name() + ".log"));
        }
    }

    /** Stops the services in reverse start order (SIGTERM, then a hard kill). */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            try {
                processes.get(i).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    /** A service that did not start or did not become healthy. */
    public static final class ServiceStartFailure extends RuntimeException {
        private final String service;
        private final transient Path logFile;

        ServiceStartFailure(String service, String reason, Path logFile) {
            super(service + ": " + reason + " (log: " + logFile + ")");
            this.service = service;
            this.logFile = logFile;
        }

        public String service() {
            return service;
        }

        public Path logFile() {
            return logFile;
        }
    }
}
