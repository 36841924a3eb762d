package nl.nazorg.messaging.testapp;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Keeps a copy of every outbox row as appended ({@code test_outbox_appended}), filled by a trigger in the appending
 * transaction: the relay deletes a row once it is published, and the tests still want to compare what was
 * committed, in which order, with what reached the topic.
 */
@ApplicationScoped
public class AppendedOutboxRows {

    private static final String[] DDL = {
        """
        CREATE TABLE IF NOT EXISTS test_outbox_appended (
            seq bigint PRIMARY KEY, ce_id uuid NOT NULL, topic text NOT NULL, kafka_key text NOT NULL, payload text)""",
        """
        CREATE OR REPLACE FUNCTION test_outbox_appended() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO test_outbox_appended SELECT seq, ce_id, topic, kafka_key, payload FROM appended;
            RETURN NULL;
        END
        $$""",
        """
        CREATE OR REPLACE TRIGGER test_outbox_appended AFTER INSERT ON nazorg_outbox
            REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION test_outbox_appended()"""
    };

    @Inject
    Pool pool;

    /** After the library's schema (MessagingSchema), before the channels start. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 501) StartupEvent event) {
        pool.withTransaction(connection -> connection.query("SELECT pg_advisory_xact_lock(20261206)").execute()
                        .chain(() -> connection.query(DDL[0]).execute())
                        .chain(() -> connection.query(DDL[1]).execute())
                        .chain(() -> connection.query(DDL[2]).execute()))
                .await().indefinitely();
    }
}
