package nl.nazorg.signal.store.service;

import java.util.Collection;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.signal.store.mapping.SignalEvents;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.repository.SignalInserts;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * Writes signal changes and their events on signals.v1 in the caller's transaction (the outbox row commits with
 * the change, or neither does). Callers hold the transaction ({@code @WithTransaction} or the consumer's).
 */
@ApplicationScoped
public class SignalStore {

    @Inject
    Outbox outbox;

    public Uni<List<SignalRow>> openOf(String tenantId, String clientId) {
        return SignalRow.list("tenantId = ?1 and clientId = ?2 and resolvedAt is null", tenantId, clientId);
    }

    public Uni<List<SignalRow>> openOf(Collection<String> clientIds) {
        return SignalRow.list("clientId in ?1 and resolvedAt is null", clientIds);
    }

    public Uni<Void> record(List<SignalChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<SignalRow> raised = changes.stream().filter(c -> c.kind() == Kind.RAISED).map(SignalChange::row).toList();
        Uni<Void> persisted = SignalInserts.insert(raised);
        return persisted.chain(() -> outbox.appendAll(
                changes.stream().map(c -> SignalEvents.outboxEvent(c.kind(), c.row())).toList()));
    }
}
