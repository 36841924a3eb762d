package nl.nazorg.messaging.outbox;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * The transactional outbox (DESIGN.md §9): appends events in the caller's Hibernate Reactive transaction, so they
 * exist exactly when the business change commits. The {@link OutboxRelay} publishes them afterwards.
 *
 * <pre>{@code
 * @WithTransaction
 * public Uni<Client> rename(String id, String name) {
 *     return Client.<Client>findById(id)
 *             .invoke(client -> client.name = name)
 *             .call(client -> outbox.append(Topics.CLIENT_PROFILES, client.id, "nl.nazorg.client.profile.v1",
 *                     client.id, client.tenantId, ProfileMapper.toEvent(client)));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    MessagingConfig config;

    /**
     * Appends one event to the outbox in the current transaction.
     *
     * @param payload the value (written as JSON once; a {@link RawJson} as it is), or null for a tombstone
     * @return the event's {@code ce_id}
     */
    public Uni<UUID> append(String topic, String key, String type, String subject, String tenantId, Object payload) {
        OutboxEvent event = OutboxEvent.of(topic, key, type, subject, tenantId, payload);
        return appendAll(List.of(event)).replaceWith(event.id());
    }

    /**
     * Appends events, in this order, in the current transaction: one statement whatever the number of events
     * (column arrays, per-key locks in hash order, see {@link OutboxColumns#INSERT}), so bulk jobs (a market-rate
     * change re-evaluating a million loan parts) should append in batches.
     *
     * @throws IllegalStateException (as a failed Uni) when called outside a transaction: an event written on its own
     *                               could be published for a change that then rolls back
     */
    public Uni<Void> appendAll(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> Panache.getSession())
                .chain(session -> requireTransaction(session)
                        .chain(() -> insert(session, columns(events))))
                .replaceWithVoid();
    }

    /**
     * Appends events, in this order, in a transaction of the reactive PostgreSQL client (a batch consumer's effect):
     * one statement whatever the number of events, with the same per-key ordering locks as {@link #appendAll(List)}.
     *
     * @throws IllegalStateException (as a failed Uni) when the connection is not in a transaction
     */
    public Uni<Void> appendAll(SqlConnection transaction, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (transaction.transaction() == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "Outbox.appendAll needs a connection in a transaction (Pool.withTransaction)"));
        }
        return Uni.createFrom().deferred(() -> transaction.preparedQuery(OutboxColumns.INSERT)
                        .execute(columns(events).tuple()))
                .replaceWithVoid();
    }

    private static Uni<Void> requireTransaction(Mutiny.Session session) {
        if (session.currentTransaction() == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "Outbox.append needs the caller's transaction (@WithTransaction or Panache.withTransaction)"));
        }
        return Uni.createFrom().voidItem();
    }

    /** The insert as a native statement (executed as an update, so Hibernate plans it once). */
    private static Uni<Integer> insert(Mutiny.Session session, OutboxColumns columns) {
        var statement = session.createNativeQuery(OutboxColumns.INSERT_ORDINAL);
        Object[] parameters = columns.parameters();
        for (int i = 0; i < parameters.length; i++) {
            statement.setParameter(i + 1, parameters[i]);
        }
        return statement.executeUpdate();
    }

    private OutboxColumns columns(List<OutboxEvent> events) {
        return OutboxColumns.of(events, config.outbox().source(), json);
    }
}
