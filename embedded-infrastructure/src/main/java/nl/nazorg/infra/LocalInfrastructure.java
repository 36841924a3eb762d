package nl.nazorg.infra;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javax.sql.DataSource;

import nl.nazorg.infra.kafka.BrokerPorts;
import nl.nazorg.infra.kafka.KafkaBroker;
import nl.nazorg.infra.kafka.PlatformTopics;
import nl.nazorg.infra.kafka.TopicCreator;
import nl.nazorg.infra.kafka.TopicDefinition;
import nl.nazorg.infra.mail.Mailbox;
import nl.nazorg.infra.mail.ReceivedMailFeed;
import nl.nazorg.infra.mail.SmtpServer;
import nl.nazorg.infra.postgres.LeftoverPostmaster;
import nl.nazorg.infra.postgres.PostgresServer;

/**
 * A real Kafka broker, PostgreSQL server and SMTP server on localhost, for the local launcher and for tests.
 *
 * <pre>{@code
 * try (LocalInfrastructure infrastructure = LocalInfrastructure.start(InfrastructureSettings.local(Path.of(".nazorg")))) {
 *     Map<String, String> clientServiceConfig = infrastructure.connectionSettings().forService("client");
 *     ...
 * }
 * }</pre>
 */
public final class LocalInfrastructure implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalInfrastructure.class.getName());

    private final InfrastructureSettings settings;
    private final StartedServers servers;
    private final KafkaBroker kafka;
    private final PostgresServer postgres;
    private final SmtpServer smtp;
    private final ConnectionSettings connectionSettings;
    private boolean closed;

    private LocalInfrastructure(InfrastructureSettings settings, StartedServers servers, KafkaBroker kafka,
            PostgresServer postgres, SmtpServer smtp) {
        this.settings = settings;
        this.servers = servers;
        this.kafka = kafka;
        this.postgres = postgres;
        this.smtp = smtp;
        this.connectionSettings = new ConnectionSettings(kafka.bootstrapServers(), postgres.port(), smtp.port(), settings.mailFrom());
    }

    /**
     * Starts the three servers (Kafka and PostgreSQL side by side), creates the missing service databases and the
     * platform topics. A PostgreSQL server left running on the data directory by a killed run is stopped first.
     *
     * @throws IllegalStateException when the data directory is in use by another running infrastructure, or a server
     *                               does not start (those that did are stopped again)
     */
    public static LocalInfrastructure start(InfrastructureSettings settings) {
        return OwnClassLoader.call(() -> startServers(settings));
    }

    private static LocalInfrastructure startServers(InfrastructureSettings settings) {
        InfrastructureLogLevels.quietDown();
        // Bind SLF4J before two threads start servers at once, or it reports their early log calls as lost.
        org.slf4j.LoggerFactory.getILoggerFactory();
        StartedServers servers = new StartedServers();
        DataDirectory dataDirectory = servers.add(DataDirectory.lock(settings.dataDirectory()));
        ExecutorService starter = Executors.newFixedThreadPool(2, runnable -> OwnClassLoader.newThread(runnable, "nazorg-infra-start"));
        try {
            LeftoverPostmaster.stopIfRunning(settings.postgresDirectory().resolve("data"));
            if (settings.wipeOnStart()) {
                dataDirectory.wipe();
            }
            // Picked together, so Kafka and PostgreSQL never get the same free port.
            int[] ports = FreePorts.resolve(settings.kafkaPort(), settings.kafkaControllerPort(), settings.postgresPort());
            Supplier<BrokerPorts> kafkaPorts = BrokerPorts.firstThenFree(new BrokerPorts(ports[0], ports[1]),
                    settings.kafkaPort(), settings.kafkaControllerPort());
            CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(() -> KafkaBroker.start(
                    settings.kafkaDirectory(), kafkaPorts, settings.partitions()), starter);
            CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(() -> PostgresServer.start(
                    settings.postgresDirectory(), settings.postgresBinariesDirectory(), ports[2], settings.databases(),
                    settings.statementStatistics()), starter);
            SmtpServer smtp = servers.add(SmtpServer.start(settings.smtpPort(), settings.mailboxCapacity()));
            PostgresServer postgresServer = servers.join(postgres, kafka);
            KafkaBroker kafkaBroker = servers.join(kafka);
            TopicCreator.createTopics(kafkaBroker.bootstrapServers(), PlatformTopics.all(settings.partitions()));
            LocalInfrastructure infrastructure = new LocalInfrastructure(settings, servers, kafkaBroker, postgresServer, smtp);
            LOG.log(Level.INFO, "Local infrastructure ready in {0}: {1}", settings.dataDirectory(), infrastructure.connectionSettings);
            return infrastructure;
        } catch (RuntimeException e) {
            servers.stopAllAfter(e);
            throw e;
        } finally {
            starter.shutdown();
        }
    }

    public InfrastructureSettings settings() {
        return settings;
    }

    /** Where everything listens, and the Quarkus configuration per service database. */
    public ConnectionSettings connectionSettings() {
        return connectionSettings;
    }

    /** Shortcut for {@code connectionSettings().forService(database)}. */
    public Map<String, String> connectionSettings(String database) {
        return connectionSettings.forService(database);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Kafka's cluster id; the same across restarts on the same data directory. */
    public String kafkaClusterId() {
        return kafka.clusterId();
    }

    /** Whether this start formatted Kafka's storage (false when it found existing storage). */
    public boolean kafkaStorageFormatted() {
        return kafka.formattedOnStart();
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** A non-pooled data source on a service database, as its owner: for assertions and demo data. */
    public DataSource dataSource(String database) {
        return postgres.dataSource(database);
    }

    /** The e-mails the SMTP server received. */
    public Mailbox mailbox() {
        return smtp.mailbox();
    }

    /** The SMTP server itself, to stop and resume it (an outage in a fault test). */
    public SmtpServer smtpServer() {
        return smtp;
    }

    /** The raw received e-mails, for readers in another class loader. */
    public ReceivedMailFeed mailFeed() {
        return smtp.feed();
    }

    /** Creates topics that do not exist yet, e.g. a dead-letter topic {@code <topic>.dlq.<group>}. */
    public void createTopics(Collection<TopicDefinition> topics) {
        OwnClassLoader.run(() -> TopicCreator.createTopics(kafka.bootstrapServers(), topics));
    }

    public void createTopics(TopicDefinition... topics) {
        createTopics(Arrays.asList(topics));
    }

    /** Stops Kafka, then PostgreSQL, then SMTP, and unlocks the data directory, which stays. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        OwnClassLoader.run(servers::stopAll);
        LOG.log(Level.INFO, "Local infrastructure in {0} stopped", settings.dataDirectory());
    }
}
