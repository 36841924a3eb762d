package nl.nazorg.benchmarks.footprint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.nazorg.benchmarks.platform.CpuSnapshot;
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
    /** DESIGN.md §11's idle figure counts from the end of a service's first minute. */
    private static final Duration FIRST_MINUTE = Duration.ofMinutes(1);
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
        return start(services, Duration.ZERO);
    }

    /**
     * The same, and when {@code idleWindow} is not zero, the services are left alone until the end of their first
     * minute and then their CPU is measured for that window before they are stopped.
     */
    List<ServiceStart> start(List<PlatformService> services, Duration idleWindow) throws InterruptedException {
        ServiceLaunch thisStart = launch.loggingTo(logs.resolve(String.format("start-%03d", ++started)));
        long begin = System.nanoTime();
        try (RunningServices running = RunningServices.start(thisStart, services, START_TIMEOUT, progress)) {
            double ready = (System.nanoTime() - begin) / 1e9;
            List<ServiceJvm> jvms = services.stream().map(service -> ServiceJvm.of(service, thisStart)).toList();
            List<Double> resident = jvms.stream().map(jvm -> jvm.residentBytes() / MB).toList();
            List<Double> idle = idleWindow.isZero() ? jvms.stream().map(jvm -> Double.NaN).toList()
                    : idleCores(jvms, begin, idleWindow);
            List<ServiceStart> starts = new ArrayList<>();
            for (int i = 0; i < jvms.size(); i++) {
                ServiceJvm jvm = jvms.get(i);
                double startedIn = jvm.startedInSeconds().orElseThrow(() -> new IllegalStateException(
                        jvm.name() + " is ready but logged no start time"));
                starts.add(new ServiceStart(jvm.name(), startedIn, ready, resident.get(i), idle.get(i)));
            }
            return starts;
        }
    }

    /** Sleeps until the first minute is over (the figure is about doing nothing: no state to await), then measures. */
    private static List<Double> idleCores(List<ServiceJvm> jvms, long begin, Duration window)
            throws InterruptedException {
        long firstMinuteLeft = begin + FIRST_MINUTE.toNanos() - System.nanoTime();
        if (firstMinuteLeft > 0) {
            Thread.sleep(firstMinuteLeft / 1_000_000);
        }
        CpuSnapshot before = CpuSnapshot.of(jvms);
        Thread.sleep(window.toMillis());
        CpuSnapshot.CpuUse idle = before.until(CpuSnapshot.of(jvms));
        return jvms.stream().map(jvm -> idle.cores(jvm.name())).toList();
    }
}
