package nl.nazorg.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import nl.nazorg.infra.kafka.PlatformTopics;

/**
 * How to run the local infrastructure. A port of 0 means "pick a free one".
 *
 * @param dataDirectory             where Kafka's log dir, the PostgreSQL cluster and its log live
 * @param postgresBinariesDirectory where the PostgreSQL binaries are extracted (once; reused across runs)
 * @param kafkaPort                 the broker's client port ({@code bootstrap.servers})
 * @param kafkaControllerPort       the KRaft controller's port (only the broker itself connects to it)
 * @param postgresPort              PostgreSQL's port
 * @param smtpPort                  the SMTP server's port
 * @param partitions                partitions of each platform topic
 * @param wipeOnStart               delete the data directory before starting (tests), or keep it (launcher)
 * @param databases                 the service databases to create when absent
 * @param mailboxCapacity           how many received e-mails the mailbox keeps (the oldest go first)
 * @param mailFrom                  the sender address services use ({@code quarkus.mailer.from})
 * @param statementStatistics       load {@code pg_stat_statements} into PostgreSQL and install it in every service
 *                                  database (the benchmark; off for tests and the launcher, as it is not free)
 */
public record InfrastructureSettings(
        Path dataDirectory,
        Path postgresBinariesDirectory,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int smtpPort,
        int partitions,
        boolean wipeOnStart,
        List<String> databases,
        int mailboxCapacity,
        String mailFrom,
        boolean statementStatistics) {

    /** The service databases (DESIGN.md §1). */
    public static final List<String> SERVICE_DATABASES = List.of("client", "signal", "campaign", "survey");

    public static final int LOCAL_KAFKA_PORT = 9092;
    public static final int LOCAL_KAFKA_CONTROLLER_PORT = 9093;
    /** Not 5432, so a PostgreSQL installed on the machine keeps its port. */
    public static final int LOCAL_POSTGRES_PORT = 15432;
    public static final int LOCAL_SMTP_PORT = 2525;
    public static final int DEFAULT_MAILBOX_CAPACITY = 10_000;
    public static final String DEFAULT_MAIL_FROM = "noreply@nazorg.test";

    public InfrastructureSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(postgresBinariesDirectory, "postgresBinariesDirectory");
        Objects.requireNonNull(mailFrom, "mailFrom");
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        postgresBinariesDirectory = postgresBinariesDirectory.toAbsolutePath().normalize();
        databases = List.copyOf(databases);
        requirePort(kafkaPort, "kafkaPort");
        requirePort(kafkaControllerPort, "kafkaControllerPort");
        requirePort(postgresPort, "postgresPort");
        requirePort(smtpPort, "smtpPort");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        if (mailboxCapacity < 1) {
            throw new IllegalArgumentException("mailboxCapacity must be at least 1, got " + mailboxCapacity);
        }
    }

    /**
     * For the local launcher: fixed ports (Kafka 9092, controller 9093, PostgreSQL 15432, SMTP 2525) and a data
     * directory that survives restarts.
     */
    public static InfrastructureSettings local(Path dataDirectory) {
        return new InfrastructureSettings(dataDirectory, dataDirectory.resolve("postgres").resolve("binaries"),
                LOCAL_KAFKA_PORT, LOCAL_KAFKA_CONTROLLER_PORT, LOCAL_POSTGRES_PORT, LOCAL_SMTP_PORT,
                PlatformTopics.DEFAULT_PARTITIONS, false, SERVICE_DATABASES, DEFAULT_MAILBOX_CAPACITY, DEFAULT_MAIL_FROM,
                false);
    }

    /**
     * For tests: free ports, a data directory wiped at every start, binaries extracted next to it so they survive
     * the wipe.
     */
    public static InfrastructureSettings forTests(Path dataDirectory) {
        Path binaries = dataDirectory.toAbsolutePath().normalize().resolveSibling("postgres-binaries");
        return new InfrastructureSettings(dataDirectory, binaries, 0, 0, 0, 0,
                PlatformTopics.DEFAULT_PARTITIONS, true, SERVICE_DATABASES, DEFAULT_MAILBOX_CAPACITY, DEFAULT_MAIL_FROM,
                false);
    }

    public InfrastructureSettings withPorts(int kafka, int kafkaController, int postgres, int smtp) {
        return new InfrastructureSettings(dataDirectory, postgresBinariesDirectory, kafka, kafkaController, postgres, smtp,
                partitions, wipeOnStart, databases, mailboxCapacity, mailFrom, statementStatistics);
    }

    public InfrastructureSettings withPartitions(int topicPartitions) {
        return new InfrastructureSettings(dataDirectory, postgresBinariesDirectory, kafkaPort, kafkaControllerPort,
                postgresPort, smtpPort, topicPartitions, wipeOnStart, databases,
                mailboxCapacity, mailFrom, statementStatistics);
    }

    public InfrastructureSettings withWipeOnStart(boolean wipe) {
        return new InfrastructureSettings(dataDirectory, postgresBinariesDirectory, kafkaPort, kafkaControllerPort,
                postgresPort, smtpPort, partitions, wipe, databases, mailboxCapacity, mailFrom, statementStatistics);
    }

    public InfrastructureSettings withPostgresBinariesDirectory(Path directory) {
        return new InfrastructureSettings(dataDirectory, directory, kafkaPort, kafkaControllerPort,
                postgresPort, smtpPort, partitions, wipeOnStart, databases,
                mailboxCapacity, mailFrom, statementStatistics);
    }

    public InfrastructureSettings withDatabases(List<String> serviceDatabases) {
        return new InfrastructureSettings(dataDirectory, postgresBinariesDirectory, kafkaPort, kafkaControllerPort,
                postgresPort, smtpPort, partitions, wipeOnStart, serviceDatabases,
                mailboxCapacity, mailFrom, statementStatistics);
    }

    public InfrastructureSettings withMailbox(int capacity, String from) {
        return new InfrastructureSettings(dataDirectory, postgresBinariesDirectory, kafkaPort, kafkaControllerPort,
                postgresPort, smtpPort, partitions, wipeOnStart, databases, capacity, from, statementStatistics);
    }

    /** With {@code pg_stat_statements} loaded and installed in every service database, or without. */
    public InfrastructureSettings withStatementStatistics(boolean on) {
        return new InfrastructureSettings(dataDirectory, postgresBinariesDirectory, kafkaPort, kafkaControllerPort,
                postgresPort, smtpPort, partitions, wipeOnStart, databases, mailboxCapacity, mailFrom, on);
    }

    /** Kafka's log directory (KRaft metadata and topic partitions). */
    public Path kafkaDirectory() {
        return dataDirectory.resolve("kafka");
    }

    /** PostgreSQL's directory: {@code data/} (the cluster) and {@code postgres.log}. */
    public Path postgresDirectory() {
        return dataDirectory.resolve("postgres");
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (free port) or 1-65535, got " + port);
        }
    }
}
