package nl.nazorg.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The versions that were measured: read from what actually ran (the services' dependency list, the broker in this
 * JVM, the database server), not from the build files.
 */
public final class Versions {

    /** Artifacts of a service's {@code quarkus-app-dependencies.txt} worth naming, with the report's label. */
    private static final Map<String, String> SERVICE_ARTIFACTS = Map.of(
            "io.quarkus:quarkus-core", "Quarkus",
            "io.smallrye.reactive:smallrye-reactive-messaging-kafka", "SmallRye Reactive Messaging (Kafka)",
            "io.smallrye.reactive:mutiny", "SmallRye Mutiny",
            "org.apache.kafka:kafka-clients", "Kafka clients in the services",
            "io.vertx:vertx-core", "Vert.x in the services",
            "org.hibernate.reactive:hibernate-reactive-core", "Hibernate Reactive");

    private Versions() {
    }

    /**
     * @param serviceApplication a service's {@code quarkus-app} directory
     * @param database           any service database (for the server's version)
     */
    public static Map<String, String> of(Path serviceApplication, DataSource database) {
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, String> fromService = fromDependencyList(serviceApplication.resolve("quarkus-app-dependencies.txt"));
        SERVICE_ARTIFACTS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(artifact -> versions.put(artifact.getValue(),
                        fromService.getOrDefault(artifact.getKey(), "unknown")));
        versions.put("Kafka broker (KRaft, in the benchmark JVM)", AppInfoParser.getVersion());
        versions.put("PostgreSQL", postgres(database));
        versions.put("SMTP sink", "GreenMail " + jarVersion(com.icegreen.greenmail.util.GreenMail.class));
        versions.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return versions;
    }

    private static Map<String, String> fromDependencyList(Path file) {
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                String[] parts = line.split(":"); // group:artifact:classifier:type:version
                if (parts.length >= 5) {
                    versions.put(parts[0] + ":" + parts[1], parts[parts.length - 1]);
                }
            }
        } catch (IOException unreadable) {
            // Every version then reads "unknown".
        }
        return versions;
    }

    private static String postgres(DataSource database) {
        try (Connection connection = database.getConnection();
             ResultSet result = connection.createStatement().executeQuery("SHOW server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            return "unknown";
        }
    }

    /** The version in the name of the jar a class was loaded from, e.g. {@code greenmail-2.1.13.jar}. */
    private static String jarVersion(Class<?> type) {
        String jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath()).getFileName()
                .toString();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("-(\\d[^-]*)\\.jar$").matcher(jar);
        return version.find() ? version.group(1) : jar;
    }
}
