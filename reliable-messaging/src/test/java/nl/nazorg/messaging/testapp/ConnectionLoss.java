package nl.nazorg.messaging.testapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import nl.nazorg.messaging.consumer.IncomingEvent;

/**
 * A real passing failure for the retry test: for a client named {@code lose-connection-*}, the first attempt has
 * PostgreSQL terminate its own connection in the middle of the effect's transaction.
 */
final class ConnectionLoss {

    static final String TRIGGER = "lose-connection-";
    private static final Set<String> STRUCK = ConcurrentHashMap.newKeySet();

    private ConnectionLoss() {
    }

    static Uni<Void> onFirstAttempt(IncomingEvent<ClientRenamed> event) {
        if (!event.payload().name().startsWith(TRIGGER) || !STRUCK.add(event.id())) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("SELECT pg_terminate_backend(pg_backend_pid())")
                        .getSingleResult())
                .replaceWithVoid();
    }
}
