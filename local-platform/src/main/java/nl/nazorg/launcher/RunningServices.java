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
    private final ServiceLaunch launch;

    private RunningServices(ServiceLaunch launch) {
        this.launch = launch;
    }

    /**
     * Starts every service of the launch's configuration and waits until each is healthy.
     *
     * @throws ServiceStartFailure naming the service that did not start and its log file; the others are stopped
     */
    public static RunningServices start(ServiceLaunch launch, Duration startTimeout, Progress progress)
            throws InterruptedException {
        return start(launch, launch.configuration().services(), startTimeout, progress);
    }

    /**
     * Starts {@code services}, some of the configuration's (the footprint benchmark starts each alone), and waits
     * until each is healthy.
     */
    public static RunningServices start(ServiceLaunch launch, List<PlatformService> services, Duration startTimeout,
            Progress progress) throws InterruptedException {
        RunningServices running = new RunningServices(launch);
        try {
            for (PlatformService service : services) {
                progress.step("Starting " + service.name() + " on port " + service.port());
                running.processes.add(running.startOne(service, false));
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

    private ServiceProcess startOne(PlatformService service, boolean again) {
        try {
            return ServiceProcess.start(service, launch, again);
        } catch (Exception e) {
            throw new ServiceStartFailure(service.name(), e.getMessage(), launch.logFile(service));
        }
    }

    /**
     * A crash: the service's process is killed at once (SIGKILL, as {@code kill -9}: no shutdown hook, nothing
     * flushed), and this returns when it has exited.
     */
    public void kill(String serviceName) throws InterruptedException {
        process(serviceName).kill();
    }

    /** Starts a service that was killed again, with the same configuration, and waits until it is healthy. */
    public void restart(String serviceName, Duration startTimeout) throws InterruptedException {
        ServiceProcess old = process(serviceName);
        ServiceProcess started = startOne(old.service(), true);
        processes.set(processes.indexOf(old), started);
        started.awaitReady(startTimeout);
    }

    private ServiceProcess process(String serviceName) {
        return processes.stream().filter(process -> process.service().name().equals(serviceName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no running service " + serviceName));
    }

    /** Whether any service records its start-up cache while it stops (the first stop after a build). */
    public boolean recordsStartupCaches() {
        return processes.stream().anyMatch(ServiceProcess::recordsStartupCache);
    }

    /**
     * Stops the services: SIGTERM to each in reverse start order, then waits for all of them together (so that
     * their start-up caches are written at the same time), and kills any that takes too long.
     */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop();
        }
        for (int i = processes.size() - 1; i >= 0; i--) {
            try {
                processes.get(i).awaitStopped();
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
