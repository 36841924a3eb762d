package nl.nazorg.infra.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.nazorg.infra.InfrastructureSettings;
import nl.nazorg.infra.LocalInfrastructure;
import nl.nazorg.infra.mail.RawMail;

/**
 * The one infrastructure of a test JVM: started on first use, stopped by a JVM shutdown hook.
 *
 * <p>This class is always used through its copy in the system class loader ({@link SharedInfrastructureLink}):
 * Quarkus gives each test application its own class loader, and a static field in that copy would start a second
 * broker for the next test profile. Its public methods therefore take and return JDK types only.
 */
public final class SharedInfrastructure {

    /** System property naming the directory for test data; default {@code <module>/target/test-infrastructure}. */
    public static final String DIRECTORY_PROPERTY = "nazorg.infra.test-directory";

    private static LocalInfrastructure infrastructure;

    private SharedInfrastructure() {
    }

    /**
     * Starts the infrastructure unless it runs already.
     *
     * @return kafka bootstrap servers, postgres port, smtp port and mail sender, see {@link SharedInfrastructureLink}
     */
    public static synchronized Map<String, String> start() {
        if (infrastructure == null) {
            Path directory = testDirectory();
            LocalInfrastructure started = LocalInfrastructure.start(InfrastructureSettings.forTests(directory.resolve("shared")));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "nazorg-infra-stop"));
            infrastructure = started;
        }
        var settings = infrastructure.connectionSettings();
        return Map.of(
                "kafka", settings.kafkaBootstrapServers(),
                "postgres", String.valueOf(settings.postgresPort()),
                "smtp", String.valueOf(settings.smtpPort()),
                "from", settings.mailFrom());
    }

    /** Received mail as {@code [Long sequence, Instant receivedAt, String sender, String recipient, byte[] mime]}. */
    public static synchronized List<Object[]> receivedMail() {
        return running().mailFeed().read().stream()
                .map(mail -> new Object[] {mail.sequence(), mail.receivedAt(), mail.envelopeSender(), mail.envelopeRecipient(), mail.mime()})
                .toList();
    }

    public static synchronized long receivedMailCount() {
        return running().mailFeed().receivedCount();
    }

    public static synchronized void clearMail() {
        running().mailFeed().clear();
    }

    public static synchronized void stopSmtp() {
        running().smtpServer().stop();
    }

    public static synchronized void resumeSmtp() {
        running().smtpServer().resume();
    }

    public static synchronized void delaySmtp(Long millis) {
        running().smtpServer().delayEachMessage(Duration.ofMillis(millis));
    }

    static RawMail toRawMail(Object[] fields) {
        return new RawMail((Long) fields[0], (java.time.Instant) fields[1], (String) fields[2], (String) fields[3], (byte[]) fields[4]);
    }

    private static LocalInfrastructure running() {
        if (infrastructure == null) {
            throw new IllegalStateException("The shared test infrastructure is not started");
        }
        return infrastructure;
    }

    private static Path testDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        // Surefire sets "basedir" to the module under test; an IDE usually runs in it.
        String module = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(module, "target", "test-infrastructure");
    }
}
