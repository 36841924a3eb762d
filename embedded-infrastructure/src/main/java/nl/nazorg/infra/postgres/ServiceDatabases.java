package nl.nazorg.infra.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * One database per service, owned by a login role of the same name (database per service, DESIGN.md §1). Created
 * when absent, left alone when present, so a persistent data directory keeps its rows.
 */
final class ServiceDatabases {

    // Names end up in DDL, which cannot take bind parameters: only plain lower-case identifiers pass.
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private ServiceDatabases() {
    }

    static String requireValidName(String database) {
        if (database == null || !PLAIN_IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("Database names are lower-case identifiers (a-z, 0-9, _), got '" + database + "'");
        }
        return database;
    }

    static void ensure(DataSource superuser, Collection<String> databases) {
        try (Connection connection = superuser.getConnection()) {
            for (String database : databases) {
                requireValidName(database);
                if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database)) {
                    execute(connection, "CREATE ROLE " + database + " LOGIN PASSWORD '" + database + "'");
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    execute(connection, "CREATE DATABASE " + database + " OWNER " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service databases " + databases, e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }
}
