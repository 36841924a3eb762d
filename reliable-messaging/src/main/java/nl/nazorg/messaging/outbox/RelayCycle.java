package nl.nazorg.messaging.outbox;

import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

/**
 * One relay cycle, in one database transaction: take the relay lock, read the oldest pending rows, send them, wait
 * once for every acknowledgement, record the outcome, commit. Until that commit the rows stay pending, so a crash
 * at any point means they are sent again (same {@code ce_id}), never lost.
 */
final class RelayCycle {

    private static final Logger LOG = Logger.getLogger(RelayCycle.class);

    /** What a cycle did; {@code publication} is null when there was nothing to send (or another instance relays). */
    record Outcome(List<PendingEvent> batch, Publication publication) {

        static final Outcome IDLE = new Outcome(List.of(), null);

        int handled() {
            return batch.size();
        }
    }

    private RelayCycle() {
    }

    static Outcome run(Pool pool, Producer<String, String> producer, int batchSize, Set<String> waitingTopics) {
        SqlConnection connection = pool.getConnectionAndAwait();
        try {
            Transaction transaction = connection.beginAndAwait();
            try {
                Outcome outcome = relay(connection, producer, batchSize, waitingTopics);
                transaction.commitAndAwait();
                return outcome;
            } catch (RuntimeException e) {
                rollbackQuietly(transaction);
                throw e;
            }
        } finally {
            connection.closeAndForget();
        }
    }

    private static Outcome relay(SqlConnection connection, Producer<String, String> producer, int batchSize,
                                 Set<String> waitingTopics) {
        if (!OutboxTable.tryLead(connection)) {
            return Outcome.IDLE;
        }
        long started = System.nanoTime();
        List<PendingEvent> batch = OutboxTable.pending(connection, batchSize, waitingTopics);
        if (batch.isEmpty()) {
            return Outcome.IDLE;
        }
        long read = System.nanoTime();
        Publication publication = Publication.send(producer, batch);
        long acknowledged = System.nanoTime();
        OutboxTable.markPublished(connection, publication.acknowledged());
        OutboxTable.markAttempted(connection, publication.retry(), publication.retryError());
        OutboxTable.park(connection, publication.rejected());
        publication.rejected().forEach((seq, error) ->
                LOG.errorf("outbox row %d parked, the broker will not take it: %s", seq, error));
        LOG.debugf("relayed %d rows: read %d ms, sent and acknowledged %d ms, recorded %d ms", batch.size(),
                millis(started, read), millis(read, acknowledged), millis(acknowledged, System.nanoTime()));
        return new Outcome(batch, publication);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void rollbackQuietly(Transaction transaction) {
        try {
            transaction.rollbackAndAwait();
        } catch (RuntimeException e) {
            LOG.debugf("rollback of a failed relay cycle failed too: %s", e);
        }
    }
}
