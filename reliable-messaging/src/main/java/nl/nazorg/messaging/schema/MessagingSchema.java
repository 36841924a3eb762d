package nl.nazorg.messaging.schema;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * Migrates the library's tables at startup ({@link MessagingMigrations}), on the service's JDBC datasource: after
 * quarkus-flyway has migrated the service's own tables (at runtime init), before the channels start.
 */
@ApplicationScoped
public class MessagingSchema {

    /** Runs before SmallRye Reactive Messaging starts its channels (LIBRARY_BEFORE = 1000). */
    static final int BEFORE_CHANNELS = Interceptor.Priority.PLATFORM_BEFORE + 500;

    private static final Logger LOG = Logger.getLogger(MessagingSchema.class);

    @Inject
    DataSource dataSource;

    @Inject
    MessagingConfig config;

    void onStart(@Observes @Priority(BEFORE_CHANNELS) StartupEvent event) {
        if (config.migrateAtStart()) {
            int applied = MessagingMigrations.migrate(dataSource);
            LOG.debugf("reliable-messaging schema is up to date (%d migrations applied now)", applied);
        }
    }
}
