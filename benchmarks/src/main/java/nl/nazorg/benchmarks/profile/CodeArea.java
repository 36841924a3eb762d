package nl.nazorg.benchmarks.profile;

import java.util.List;
import java.util.Map;

/** Names the area of code a class belongs to, so a profile reads as "JSON 18 %, PostgreSQL client 12 %". */
final class CodeArea {

    /** Checked in order: the first matching package prefix names the area. */
    private static final List<Map.Entry<String, String>> AREAS = List.of(
            Map.entry("java.math.", "BigDecimal arithmetic (java.math)"),
            Map.entry("com.fasterxml.jackson.", "JSON (Jackson)"),
            Map.entry("io.vertx.pgclient.", "PostgreSQL client"),
            Map.entry("io.vertx.sqlclient.", "PostgreSQL client"),
            Map.entry("org.postgresql.", "PostgreSQL client"),
            Map.entry("org.hibernate.", "Hibernate"),
            Map.entry("org.apache.kafka.", "Kafka client"),
            Map.entry("io.netty.", "Netty (network I/O)"),
            Map.entry("io.quarkus.qute.", "Qute templates"),
            Map.entry("io.vertx.ext.mail.", "SMTP client"),
            Map.entry("jakarta.mail.", "SMTP client"),
            Map.entry("org.eclipse.angus.", "SMTP client"),
            Map.entry("io.smallrye.mutiny.", "Mutiny"),
            Map.entry("io.smallrye.reactive.messaging.", "SmallRye Reactive Messaging"),
            Map.entry("io.vertx.", "Vert.x"),
            Map.entry("io.quarkus.", "Quarkus"),
            Map.entry("nl.nazorg.", "Nazorg code"),
            Map.entry("java.util.regex.", "regular expressions"),
            Map.entry("java.util.zip.", "compression (java.util.zip)"),
            Map.entry("sun.security.", "crypto / TLS (JDK)"),
            Map.entry("javax.crypto.", "crypto / TLS (JDK)"),
            Map.entry("java.", "JDK (other)"),
            Map.entry("jdk.", "JDK (other)"),
            Map.entry("sun.", "JDK (other)"));

    private CodeArea() {
    }

    /** The JDK's own classes: their samples are counted for the code that called them. */
    static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")
                || className.startsWith("com.sun.") || className.startsWith("javax.");
    }

    static String of(String className) {
        for (Map.Entry<String, String> area : AREAS) {
            if (className.startsWith(area.getKey())) {
                return area.getValue();
            }
        }
        String[] parts = className.split("\\.");
        return parts.length > 2 ? parts[0] + "." + parts[1] : className;
    }
}
