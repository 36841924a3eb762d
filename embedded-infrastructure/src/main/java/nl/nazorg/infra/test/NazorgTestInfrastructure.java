package nl.nazorg.infra.test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.nazorg.infra.ConnectionSettings;
import nl.nazorg.infra.InfrastructureSettings;
import nl.nazorg.infra.kafka.TopicCreator;
import nl.nazorg.infra.kafka.TopicDefinition;
import nl.nazorg.infra.mail.Mailbox;
import nl.nazorg.infra.postgres.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Quarkus test resource: a real Kafka broker, PostgreSQL and SMTP server, one per test JVM, shared by every test class
 * (started on first use, stopped when the JVM exits; {@link #stop()} leaves it running for the next class).
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
 * class ClientProfileFlowTest {
 *     ... NazorgTestInfrastructure.mailbox().awaitMessages(1, Duration.ofSeconds(10)) ...
 * }
 * }</pre>
 *
 * <p>Init args: {@code database} (client, signal, campaign or survey) injects that service's datasource; without it
 * only Kafka and the mailer are configured. {@code jdbc=true} also injects {@code quarkus.datasource.jdbc.url} (Flyway).
 */
public class NazorgTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String JDBC_ARG = "jdbc";

    private String database;
    private boolean jdbc;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        if (database != null && !InfrastructureSettings.SERVICE_DATABASES.contains(database)) {
            throw new IllegalArgumentException("Unknown service database '" + database + "' in @WithTestResource; one of "
                    + InfrastructureSettings.SERVICE_DATABASES);
        }
        jdbc = Boolean.parseBoolean(initArgs.getOrDefault(JDBC_ARG, "false"));
    }

    @Override
    public Map<String, String> start() {
        ConnectionSettings settings = SharedInfrastructureLink.start();
        Map<String, String> config = new LinkedHashMap<>(settings.forService(database == null ? "client" : database));
        if (database == null) {
            config.keySet().removeIf(key -> key.startsWith("quarkus.datasource."));
        } else if (jdbc) {
            config.put("quarkus.datasource.jdbc.url", settings.jdbcUrl(database));
        }
        return config;
    }

    /** Leaves the infrastructure running: the next test class (or test profile) reuses it. */
    @Override
    public void stop() {
        // Stopped by the JVM shutdown hook of SharedInfrastructure.
    }

    /** Where the shared infrastructure listens (starts it if no test did yet). */
    public static ConnectionSettings connectionSettings() {
        return SharedInfrastructureLink.start();
    }

    /** {@code localhost:<port>} of the shared Kafka broker. */
    public static String bootstrapServers() {
        return connectionSettings().kafkaBootstrapServers();
    }

    public static String jdbcUrl(String database) {
        return connectionSettings().jdbcUrl(database);
    }

    /** A non-pooled JDBC data source on a service database, for assertions on rows. */
    public static DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl(database));
        dataSource.setUser(PostgresServer.username(database));
        dataSource.setPassword(PostgresServer.password(database));
        return dataSource;
    }

    /** The e-mails the shared SMTP server received, with bounded waits. */
    public static Mailbox mailbox() {
        connectionSettings();
        return new Mailbox(SharedInfrastructureLink.mailFeed());
    }

    /** An SMTP outage: connections to the shared SMTP server are refused until {@link #resumeSmtp()}. */
    public static void stopSmtp() {
        connectionSettings();
        SharedInfrastructureLink.stopSmtp();
    }

    /** The shared SMTP server listens again, on the same port, into the same mailbox. */
    public static void resumeSmtp() {
        SharedInfrastructureLink.resumeSmtp();
    }

    /** A slow SMTP server: each message is accepted {@code delay} later, until set back to zero. */
    public static void delaySmtp(Duration delay) {
        connectionSettings();
        SharedInfrastructureLink.delaySmtp(delay.toMillis());
    }

    /** Creates topics that do not exist yet, e.g. {@code TopicDefinition.deadLetter("signals.v1", "campaign", 3)}. */
    public static void createTopics(Collection<TopicDefinition> topics) {
        TopicCreator.createTopics(bootstrapServers(), topics);
    }

    public static void createTopics(TopicDefinition... topics) {
        createTopics(Arrays.asList(topics));
    }

    /** How long tests should wait for a flow to reach the infrastructure; generous for a 2-core build machine. */
    public static Duration defaultTimeout() {
        return Duration.ofSeconds(30);
    }
}
