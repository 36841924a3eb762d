package nl.nazorg.messaging.consumer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The message log of idempotent consumers (Debezium's {@code MessageLog}): remembers which event ids a consumer
 * group has applied, in the same transaction as the effect, so a redelivered record has no second effect.
 */
@ApplicationScoped
public class ProcessedEvents {

    /** Ids in a fixed order, so two transactions recording overlapping batches cannot deadlock each other. */
    private static final String RECORD_ALL = """
            INSERT INTO nazorg_processed_event (consumer_group, ce_id)
            SELECT $1, id FROM unnest($2::text[]) AS id ORDER BY id
            ON CONFLICT DO NOTHING RETURNING ce_id""";

    /**
     * Records a whole batch of event ids for the group in one statement of the caller's transaction (reactive
     * PostgreSQL client) and tells which of them are new.
     *
     * @return the ids recorded now; an id missing from it was applied before (or by a concurrent transaction that
     * committed), so its effect is skipped
     */
    public Uni<Set<String>> firstTimes(SqlConnection transaction, String consumerGroup, Collection<String> ceIds) {
        if (ceIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return transaction.preparedQuery(RECORD_ALL)
                .execute(Tuple.of(consumerGroup, ceIds.stream().distinct().toArray(String[]::new)))
                .map(rows -> {
                    Set<String> recorded = new HashSet<>();
                    for (Row row : rows) {
                        recorded.add(row.getString("ce_id"));
                    }
                    return recorded;
                });
    }
}
