package nl.nazorg.messaging.schema;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The library's tables (outbox, processed events) as versioned Flyway migrations with a history of their own
 * ({@value #HISTORY_TABLE}), so that the library's versions never mix with those of the service that uses it (whose
 * migrations quarkus-flyway applies from {@code db/migration} into {@code flyway_schema_history}).
 *
 * <p>Plain Java, so that tools outside a Quarkus application (the benchmarks' relay scenario) create exactly the tables
 * a service has. The files are listed rather than scanned: nothing depends on how a class loader lists a directory.
 */
public final class MessagingMigrations {

    /** Where the files are on the class path. */
    public static final String DIRECTORY = "db/reliable-messaging";
    /** The library's migrations, oldest first. A released file is never edited: a change is a new file here. */
    public static final List<String> FILES = List.of("V1__outbox_and_processed_events.sql");
    public static final String HISTORY_TABLE = "nazorg_messaging_schema_history";

    private MessagingMigrations() {
    }

    /** Applies what is missing to the data source's current schema; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return flyway(dataSource).load().migrate().migrationsExecuted;
    }

    /** The same in {@code schema} (created when missing), its history table included. */
    public static int migrate(DataSource dataSource, String schema) {
        return flyway(dataSource).schemas(schema).load().migrate().migrationsExecuted;
    }

    /**
     * The schema is never empty when these run (the service's own migrations ran first, or a library version before
     * the migrations made the tables): a baseline at version 0 starts the history, and version 1 adopts what exists.
     */
    private static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(MessagingMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .resourceProvider(new Files())
                .javaMigrationClassProvider(List::of);
    }

    /** The listed files, for Flyway's SQL migration resolver. */
    private static final class Files implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return FILES.contains(name) ? new MigrationFile(DIRECTORY, name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return FILES.stream()
                    .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                    .<LoadableResource>map(name -> new MigrationFile(DIRECTORY, name))
                    .toList();
        }
    }
}
