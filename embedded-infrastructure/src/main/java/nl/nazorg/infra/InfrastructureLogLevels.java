package nl.nazorg.infra;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the chatty categories of the embedded servers to WARN through java.util.logging, before they start.
 *
 * <p>The broker logs through SLF4J into whatever logging the JVM has; in a Quarkus test or service that is JBoss
 * LogManager, which is also the java.util.logging implementation, so these levels reach it. A Quarkus application
 * can raise them again with {@code quarkus.log.category."kafka".level=INFO} (applied when it boots, after this).
 * Set the system property {@code nazorg.infra.verbose=true} to keep the servers' INFO logs.
 */
final class InfrastructureLogLevels {

    private static final List<String> CATEGORIES = List.of(
            "kafka", "org.apache.kafka", "state.change.logger",
            "io.zonky.test.db.postgres", "com.icegreen.greenmail");

    // java.util.logging holds loggers weakly: keep them, or the levels vanish with a garbage collection.
    private static final List<Logger> QUIETED = CATEGORIES.stream().map(Logger::getLogger).toList();

    private InfrastructureLogLevels() {
    }

    static void quietDown() {
        if (Boolean.getBoolean("nazorg.infra.verbose")) {
            return;
        }
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
