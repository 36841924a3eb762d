package nl.nazorg.messaging.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * The library's migrations on a real PostgreSQL: a new schema gets the tables and their history; a schema that a
 * library version before the migrations made (with its published rows) is adopted without losing a pending row.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class MessagingMigrationsTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyFileInTheDirectoryIsListedInOrder() throws IOException, URISyntaxException {
        Path directory = Path.of(MessagingMigrationsTest.class.getClassLoader()
                .getResource(MessagingMigrations.DIRECTORY).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(MessagingMigrations.FILES);
        }
    }

    @Test
    void aNewSchemaGetsTheTablesAndAHistory() throws SQLException {
        String schema = fresh("messaging_new");

        assertThat(MessagingMigrations.migrate(dataSource, schema)).isEqualTo(MessagingMigrations.FILES.size());
        assertThat(MessagingMigrations.migrate(dataSource, schema)).as("again").isZero();

        assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'"))
                .contains("nazorg_outbox", "nazorg_processed_event", MessagingMigrations.HISTORY_TABLE);
        assertThat(strings("SELECT version FROM " + schema + "." + MessagingMigrations.HISTORY_TABLE
                + " WHERE success ORDER BY installed_rank")).containsExactly("1");
    }

    @Test
    void tablesOfALibraryVersionBeforeTheMigrationsAreAdoptedWithTheirPendingRows() throws SQLException {
        String schema = fresh("messaging_legacy");
        execute("CREATE TABLE " + schema + ".nazorg_outbox (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                + "ce_id uuid NOT NULL, topic text NOT NULL, kafka_key text NOT NULL, ce_type text NOT NULL, "
                + "ce_source text NOT NULL, ce_time timestamptz NOT NULL, ce_subject text, tenant_id text NOT NULL, "
                + "payload text, created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz, "
                + "failed_at timestamptz, attempts integer NOT NULL DEFAULT 0, last_error text)");
        execute("INSERT INTO " + schema + ".nazorg_outbox (ce_id, topic, kafka_key, ce_type, ce_source, ce_time, "
                + "tenant_id, payload, published_at) VALUES "
                + "(gen_random_uuid(), 't', 'pending', 'x', '/s', now(), 'tenant-a', '{}', NULL), "
                + "(gen_random_uuid(), 't', 'published', 'x', '/s', now(), 'tenant-a', '{}', now())");

        MessagingMigrations.migrate(dataSource, schema);

        assertThat(strings("SELECT kafka_key FROM " + schema + ".nazorg_outbox")).containsExactly("pending");
        assertThat(strings("SELECT column_name FROM information_schema.columns WHERE table_schema = '" + schema
                + "' AND table_name = 'nazorg_outbox'")).doesNotContain("published_at").contains("failed_at");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = '" + schema + "'"))
                .contains("nazorg_outbox_pending", "nazorg_processed_event_age");
        assertThat(strings("SELECT version FROM " + schema + "." + MessagingMigrations.HISTORY_TABLE
                + " WHERE success ORDER BY installed_rank")).as("a baseline, then version 1").containsExactly("0", "1");
    }

    private String fresh(String prefix) throws SQLException {
        String schema = prefix + "_" + System.nanoTime();
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
