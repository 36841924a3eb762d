package nl.nazorg.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services as the launcher runs it: its Maven module, its own database and its HTTP port.
 */
public record PlatformService(String name, String database, int port) {

    public static final String CLIENT = "client-service";
    public static final String SIGNAL = "portfolio-signal-service";
    public static final String CAMPAIGN = "campaign-service";
    public static final String SURVEY = "survey-service";

    /** The services in start order; ports as in each service's application.properties. */
    public static final List<PlatformService> ALL = List.of(
            new PlatformService(CLIENT, "client", 8081),
            new PlatformService(SIGNAL, "signal", 8082),
            new PlatformService(CAMPAIGN, "campaign", 8083),
            new PlatformService(SURVEY, "survey", 8084));

    /** The same service on another port (tests run on free ports). */
    public PlatformService onPort(int otherPort) {
        return new PlatformService(name, database, otherPort);
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
}
