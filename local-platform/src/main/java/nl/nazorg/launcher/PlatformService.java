package nl.nazorg.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import nl.nazorg.infra.FreePorts;

/**
 * One of the four services as the launcher runs it: its Maven module, its own database, its HTTP port, the port of
 * its management interface (health and metrics, never published: adviser-security's README, "Production surface"),
 * and its largest heap.
 *
 * @param heapMegabytes  {@code -Xmx}: 256 MB, except portfolio-signal-service's 512 MB, the bound of issue 16 (a
 *                       market-rate pass keeps two pages of signals and their events live; at 256 MB one step over a
 *                       million loan parts ran 31 full collections, see its README)
 * @param youngMegabytes {@code -Xmn}, or 0 for the JVM's own choice (a third of the heap). portfolio-signal-service
 *                       takes half of its heap: a rate pass allocates about 340 MB/s, nearly all of it garbage by the
 *                       time its page commits, and every young collection copies the pages in flight; with the
 *                       default young generation, young collections paused it for 75 s of a 380 s measured window
 */
public record PlatformService(String name, String database, int port, int managementPort, int heapMegabytes,
                              int youngMegabytes) {

    public static final String CLIENT = "client-service";
    public static final String SIGNAL = "portfolio-signal-service";
    public static final String CAMPAIGN = "campaign-service";
    public static final String SURVEY = "survey-service";

    /** The services in start order; ports as in each service's application.properties. */
    public static final List<PlatformService> ALL = List.of(
            new PlatformService(CLIENT, "client", 8081, 9081, 256, 0),
            new PlatformService(SIGNAL, "signal", 8082, 9082, 512, 256),
            new PlatformService(CAMPAIGN, "campaign", 8083, 9083, 256, 0),
            new PlatformService(SURVEY, "survey", 8084, 9084, 256, 0));

    /** The four services on free ports (tests and benchmarks run beside a developer's own platform). */
    public static List<PlatformService> onFreePorts() {
        int[] ports = FreePorts.resolve(new int[2 * ALL.size()]);
        return IntStream.range(0, ALL.size())
                .mapToObj(i -> ALL.get(i).onPorts(ports[2 * i], ports[2 * i + 1])).toList();
    }

    /** The same service on other ports. */
    public PlatformService onPorts(int otherPort, int otherManagementPort) {
        return new PlatformService(name, database, otherPort, otherManagementPort, heapMegabytes, youngMegabytes);
    }

    /** The runnable Quarkus application the build produced for this service. */
    public Path runnableJar(Path projectHome) {
        return projectHome.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The service called {@code name} among {@code services}. */
    public static PlatformService named(List<PlatformService> services, String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Readiness, on the management interface (the public port answers 404 for it). */
    public String readinessUrl() {
        return "http://localhost:" + managementPort + "/q/health/ready";
    }
}
