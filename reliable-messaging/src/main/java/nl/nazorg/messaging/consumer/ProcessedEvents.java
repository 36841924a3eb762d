package nl.nazorg.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The message log of idempotent consumers (Debezium's {@code MessageLog}): remembers which event ids a consumer
 * group has applied, in the same transaction as the effect, so a redelivered record has no second effect.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD = """
            INSERT INTO nazorg_processed_event (consumer_group, ce_id) VALUES (:group, :id)
            ON CONFLICT DO NOTHING""";

    /**
     * Records the event id for the group in the current transaction.
     *
     * @return true the first time; false when the group applied this event before (or a concurrent transaction is
     * applying it and commits), so the caller skips the effect
     * @throws IllegalStateException (as a failed Uni) outside a transaction: the id and the effect must commit together
     */
    public Uni<Boolean> firstTime(String consumerGroup, String ceId) {
        return Uni.createFrom().deferred(Panache::getSession)
                .chain(session -> {
                    if (session.currentTransaction() == null) {
                        return Uni.createFrom().failure(new IllegalStateException(
                                "ProcessedEvents.firstTime needs the transaction of the effect"));
                    }
                    return session.createNativeQuery(RECORD)
                            .setParameter("group", consumerGroup)
                            .setParameter("id", ceId)
                            .executeUpdate();
                })
                .map(inserted -> inserted == 1);
    }
}
