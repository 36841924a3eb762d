package nl.nazorg.signal.store.service;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;
import nl.nazorg.signal.store.mapping.SignalEvents;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.store.repository.SignalTable;

/**
 * Writes signal changes and their events on signals.v1 in the caller's transaction (the outbox row commits with
 * the change, or neither does): set-wise on a transaction of the reactive client (consumers, bulk passes), or for
 * one row the REST side changed as a Hibernate entity.
 */
@ApplicationScoped
public class SignalStore {

    @Inject
    Outbox outbox;

    /**
     * Raised rows inserted, changed rows updated, their events appended: three statements, sent together. A change
     * no finding made (a resolution) tells what the signal said, so rows of such changes read light are completed
     * first (one query, only when there are such rows).
     */
    public Uni<Void> record(SqlConnection transaction, List<SignalChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<SignalRow> raised = rows(changes, true);
        List<SignalRow> changed = rows(changes, false);
        return SignalTable.withDetails(transaction, changes.stream().filter(c -> c.finding() == null)
                        .map(SignalChange::row).toList())
                .chain(() -> Uni.combine().all().unis(
                                SignalTable.insert(transaction, raised),
                                SignalTable.update(transaction, changed),
                                outbox.appendAll(transaction, events(changes)))
                        .discardItems());
    }

    /**
     * Publishes changes to rows the caller holds as managed entities of its Hibernate Reactive transaction (the
     * adviser's status change); Hibernate writes the rows at commit.
     */
    public Uni<Void> publish(List<SignalChange> changes) {
        return outbox.appendAll(events(changes));
    }

    private static List<SignalRow> rows(List<SignalChange> changes, boolean raised) {
        return changes.stream().filter(c -> (c.kind() == Kind.RAISED) == raised).map(SignalChange::row).toList();
    }

    private static List<OutboxEvent> events(List<SignalChange> changes) {
        return changes.stream().map(c -> c.finding() == null ? SignalEvents.outboxEvent(c.kind(), c.row())
                : SignalEvents.outboxEvent(c.kind(), c.row(), c.finding().figures(), c.finding().inputs())).toList();
    }
}
