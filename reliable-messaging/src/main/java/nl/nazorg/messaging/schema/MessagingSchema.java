package nl.nazorg.messaging.schema;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * Creates the outbox and processed-event tables at startup. The library owns this DDL (not Hibernate) so that it
 * holds whatever {@code database.generation} a service uses, and so that it can have a partial index and a trigger.
 */
@ApplicationScoped
public class MessagingSchema {

    /** Runs before SmallRye Reactive Messaging starts its channels (LIBRARY_BEFORE = 1000). */
    static final int BEFORE_CHANNELS = Interceptor.Priority.PLATFORM_BEFORE + 500;

    private static final Logger LOG = Logger.getLogger(MessagingSchema.class);
    /** Serialises the DDL of instances that start at the same moment. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('nazorg_messaging_schema', 0))";

    @Inject
    Pool pool;

    @Inject
    MessagingConfig config;

    void onStart(@Observes @Priority(BEFORE_CHANNELS) StartupEvent event) {
        if (config.createSchema()) {
            create();
        }
    }

    /** Creates what is missing; safe to call again. */
    public void create() {
        List<String> statements = SchemaScript.statements();
        pool.withTransaction(connection -> connection.query(LOCK).execute()
                .chain(() -> Multi.createFrom().iterable(statements)
                        .onItem().transformToUniAndConcatenate(sql -> connection.query(sql).execute())
                        .collect().last()))
                .await().indefinitely();
        LOG.debugf("reliable-messaging schema is in place (%d statements)", statements.size());
    }
}
