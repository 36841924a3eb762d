package nl.nazorg.benchmarks.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nazorg.benchmarks.profile.ServiceJmx;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.ServiceJvmOptions;
import nl.nazorg.launcher.ServiceLaunch;

/**
 * One service's JVM as the launcher started it, found by its process id: memory and CPU from {@code /proc}, the
 * start time Quarkus logged, and (attached on first use) its management interface for heap peaks and recordings.
 */
public final class ServiceJvm {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private final PlatformService service;
    private final long pid;
    private final ServiceLaunch launch;
    private ServiceJmx jmx;

    private ServiceJvm(PlatformService service, long pid, ServiceLaunch launch) {
        this.service = service;
        this.pid = pid;
        this.launch = launch;
    }

    /** The child process of this JVM that runs {@code service} as {@code launch} started it. */
    public static ServiceJvm of(PlatformService service, ServiceLaunch launch) {
        String jarPath = launch.application(service).toAbsolutePath().normalize().toString();
        long pid = ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().map(line -> line.contains(jarPath)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no running process for " + jarPath))
                .pid();
        return new ServiceJvm(service, pid, launch);
    }

    public String name() {
        return service.name();
    }

    /** The largest heap the launcher gives it ({@code -Xmx}, MB). */
    public int heapMegabytes() {
        return service.heapMegabytes();
    }

    /** The options the launcher started it with, on the runtime it runs on. */
    public List<String> jvmOptions() {
        return ServiceJvmOptions.of(service, launch.runtime().feature());
    }

    public long pid() {
        return pid;
    }

    public String baseUrl() {
        return service.baseUrl();
    }

    public int port() {
        return service.port();
    }

    public long residentBytes() {
        return ProcFs.residentBytes(pid).orElse(0L);
    }

    public long peakResidentBytes() {
        return ProcFs.peakResidentBytes(pid).orElse(0L);
    }

    public long cpuNanos() {
        return ProcFs.cpuNanos(pid);
    }

    /** What Quarkus logged as its start time ("started in 1.234s"), in seconds. */
    public Optional<Double> startedInSeconds() {
        try {
            Matcher matcher = STARTED_IN.matcher(Files.readString(launch.logFile(service)));
            return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public synchronized ServiceJmx jmx() {
        if (jmx == null) {
            jmx = ServiceJmx.attach(pid);
        }
        return jmx;
    }

    synchronized void detach() {
        if (jmx != null) {
            jmx.close();
            jmx = null;
        }
    }
}
