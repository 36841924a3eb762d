package nl.nazorg.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services as the launcher runs it: its Maven module, its own database and its HTTP port.
 */
public record PlatformService(String name, String database, int port) {

    /** The services in start order; ports as in each service's application.properties. */
    public static final List<PlatformService> ALL = List.of(
            new PlatformService("client-service", "client", 8081),
            new PlatformService("portfolio-signal-service", "signal", 8082),
            new PlatformService("campaign-service", "campaign", 8083),
            new PlatformService("survey-service", "survey", 8084));

    /** The runnable Quarkus application the build produced for this service. */
    public Path runnableJar(Path projectHome) {
        return projectHome.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
