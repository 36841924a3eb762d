package nl.nazorg.infra.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@code pg_stat_statements} (shipped with the embedded binaries as {@code lib/postgresql/pg_stat_statements.so}):
 * what every statement shape cost the server, per database. Loaded at server start and installed in each service
 * database, where the database's own role may read it (its own statements) and reset it.
 *
 * <p>Not free: every statement then updates a shared hash table under a lock, which costs a few per cent on the
 * short statements the services run. So only the benchmark turns it on; tests and the launcher do not pay for it.
 */
final class StatementStatistics {

    /** The superuser of the embedded cluster: only it may create the extension. */
    static final String SUPERUSER = "postgres";

    private StatementStatistics() {
    }

    /** Preloads the library: it needs shared memory, so it cannot be loaded into a running server. */
    static void load(EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                // Statements inside functions (the outbox's NOTIFY trigger) count with the statement that fired them.
                .setServerConfig("pg_stat_statements.track", "top");
    }

    /** Creates the extension in {@code database} (as the superuser) and lets its owner role reset it. */
    static void install(DataSource superuserOnDatabase, String database) {
        ServiceDatabases.requireValidName(database);
        try (Connection connection = superuserOnDatabase.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("GRANT EXECUTE ON FUNCTION pg_stat_statements_reset(oid, oid, bigint, boolean) TO "
                    + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot install pg_stat_statements in database " + database, e);
        }
    }
}
