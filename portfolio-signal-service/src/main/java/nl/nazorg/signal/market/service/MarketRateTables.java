package nl.nazorg.signal.market.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import nl.nazorg.signal.projection.mapping.ClientSnapshots;

/**
 * Stores lenders' rate tables, a poll at a time in the consumer's transaction, marked pending until re-evaluated.
 * The last record of a lender in the poll decides: a table replaces the stored one, a tombstone removes it.
 *
 * <p>A table equal to the stored one but for its publication time (a feed that sends its whole table every day) is
 * stored but not marked pending: no figure can move, so it asks for no re-evaluation. The comparison is of the
 * contract's JSON without {@code publishedAt}, so any other difference (a rate, a period, the lender's name, the day
 * the rates apply from, even their order) counts as a change.
 */
@ApplicationScoped
public class MarketRateTables {

    private static final String STORE = """
            INSERT INTO market_rate_table AS t (lender, payload, received_at, pending_since)
            SELECT l.lender, l.payload, $3, $3 FROM unnest($1::text[], $2::text[]) AS l(lender, payload)
            ORDER BY l.lender
            ON CONFLICT (lender) DO UPDATE
                SET payload = excluded.payload, received_at = excluded.received_at,
                    pending_since = CASE WHEN t.pending_since IS NULL
                            AND cast(t.payload AS jsonb) - 'publishedAt'
                                = cast(excluded.payload AS jsonb) - 'publishedAt'
                        THEN NULL ELSE excluded.pending_since END
            RETURNING pending_since IS NOT NULL AS pending""";

    private static final String REMOVE = "DELETE FROM market_rate_table WHERE lender = ANY($1)";

    @Inject
    Clock clock;

    /** For the listener's check: a table the rules cannot read is dead-lettered while the poll is read. */
    public static void requireUsable(MarketRateTable table) {
        try {
            MarketRateBook.toDomain(table);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("rate table holds a rate the signal rules refuse", e);
        }
    }

    /** What a poll changed: a table that asks for a re-evaluation, a lender's table removed. */
    public record Stored(boolean pending, boolean removed) {

        public Stored or(Stored other) {
            return new Stored(pending || other.pending, removed || other.removed);
        }
    }

    /** Stores the poll's tables; answers what they ask of the re-evaluation. */
    public Uni<Stored> apply(SqlConnection transaction, List<IncomingEvent<MarketRateTable>> events) {
        Map<String, MarketRateTable> last = new LinkedHashMap<>();
        events.forEach(event -> last.put(event.key(), event.isTombstone() ? null : event.payload()));
        List<String> removed = last.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        List<MarketRateTable> stored = last.values().stream().filter(table -> table != null).toList();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Uni<Boolean> remove = removed.isEmpty() ? Uni.createFrom().item(false)
                : transaction.preparedQuery(REMOVE).execute(Tuple.of(removed.toArray(String[]::new)))
                        .map(rows -> rows.rowCount() > 0);
        return remove.chain(removedAny -> (stored.isEmpty() ? Uni.createFrom().item(false)
                : transaction.preparedQuery(STORE).execute(Tuple.of(
                                stored.stream().map(MarketRateTable::lender).toArray(String[]::new),
                                stored.stream().map(ClientSnapshots::json).toArray(String[]::new), now))
                        .map(rows -> rows.stream().anyMatch(row -> row.getBoolean("pending"))))
                .map(pending -> new Stored(pending, removedAny)));
    }
}
