package nl.nazorg.messaging.consumer;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a batch listener does with the new events of a poll, in one transaction of the reactive PostgreSQL client.
 * Write set-based statements on {@code transaction} (multi-row upserts over {@code unnest} arrays) and append the
 * resulting events with {@code Outbox.appendAll(transaction, events)}; all of it commits with the message log.
 *
 * <p>Fail with a {@link PoisonRecordException} or any other non-passing failure and the batch is split until the
 * failing record stands alone, so the effect must not depend on which other events share its call.
 */
@FunctionalInterface
public interface BatchEffect<T> {

    /**
     * @param transaction the connection of the poll's transaction; do not commit or close it
     * @param events      the events this consumer group has not applied before, in poll order (never empty)
     */
    Uni<Void> apply(SqlConnection transaction, List<IncomingEvent<T>> events);
}
