package nl.nazorg.benchmarks.footprint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.Progress;
import nl.nazorg.launcher.RunningServices;
import nl.nazorg.launcher.ServiceLaunch;

/**
 * Starts services on a quiet machine, the infrastructure up and no other service running, and measures each start:
 * the time Quarkus logged, the time until its readiness check answered, its resident set once ready. Each start
 * logs into a directory of its own, so a log holds that start alone.
 */
final class TrialStarts {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final double MB = 1024.0 * 1024.0;

    private final ServiceLaunch launch;
    private final Path logs;
    private final Progress progress;
    private int started;

    /** @param logs where each start gets its own log directory */
    TrialStarts(ServiceLaunch launch, Path logs, Progress progress) {
        this.launch = launch;
        this.logs = logs;
        this.progress = progress;
    }

    /**
     * Starts {@code services} together, waits until all are ready, measures and stops them (a start that records the
     * start-up cache writes it while it stops). The ready time of a service started with others is the time until
     * all were ready.
     */
    List<ServiceStart> start(List<PlatformService> services) throws InterruptedException {
        ServiceLaunch thisStart = launch.loggingTo(logs.resolve(String.format("start-%03d", ++started)));
        long begin = System.nanoTime();
        try (RunningServices running = RunningServices.start(thisStart, services, START_TIMEOUT, progress)) {
            double ready = (System.nanoTime() - begin) / 1e9;
            return services.stream().map(service -> measure(service, thisStart, ready)).toList();
        }
    }

    private static ServiceStart measure(PlatformService service, ServiceLaunch launch, double ready) {
        ServiceJvm jvm = ServiceJvm.find(service, service.runnableJar(launch.projectHome()),
                launch.logDirectory().resolve(service.name() + ".log"));
        double startedIn = jvm.startedInSeconds().orElseThrow(() -> new IllegalStateException(
                service.name() + " is ready but logged no start time"));
        return new ServiceStart(service.name(), startedIn, ready, jvm.residentBytes() / MB);
    }
}
