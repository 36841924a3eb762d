package nl.nazorg.infra.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * The PostgreSQL server of the shared test infrastructure: one database per service, owned by its service.
 */
class SharedPostgresTest {

    @ParameterizedTest
    @ValueSource(strings = {"client", "signal", "campaign", "survey"})
    void eachServiceDatabaseExistsAndItsOwnerCanCreateTables(String database) throws Exception {
        try (Connection connection = NazorgTestInfrastructure.dataSource(database).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS probe (id int PRIMARY KEY, note text)");
            statement.execute("INSERT INTO probe VALUES (1, 'hallo') ON CONFLICT (id) DO UPDATE SET note = excluded.note");
            try (ResultSet result = statement.executeQuery("SELECT current_database(), current_user, note FROM probe WHERE id = 1")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo(database);
                assertThat(result.getString(2)).isEqualTo(database);
                assertThat(result.getString(3)).isEqualTo("hallo");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "survey"})
    void databasesAreUtf8OnPostgres17(String database) throws Exception {
        try (Connection connection = NazorgTestInfrastructure.dataSource(database).getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT pg_encoding_to_char(encoding), "
                        + "current_setting('server_version_num')::int FROM pg_database WHERE datname = current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("UTF8");
            assertThat(result.getInt(2)).isBetween(170_000, 179_999);
        }
    }
}
