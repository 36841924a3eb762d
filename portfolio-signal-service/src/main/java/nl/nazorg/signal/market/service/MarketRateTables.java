package nl.nazorg.signal.market.service;

import java.time.Clock;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import nl.nazorg.signal.market.repository.MarketRateRow;
import nl.nazorg.signal.projection.mapping.ClientSnapshots;

/** Stores lenders' rate tables, in the consumer's transaction, marked pending until re-evaluated. */
@ApplicationScoped
public class MarketRateTables {

    @Inject
    Clock clock;

    public Uni<Void> store(MarketRateTable table) {
        try {
            MarketRateBook.toDomain(table);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("rate table holds a rate the signal rules refuse", e);
        }
        return MarketRateRow.<MarketRateRow>findById(table.lender()).chain(found -> {
            MarketRateRow row = found != null ? found : new MarketRateRow();
            row.lender = table.lender();
            row.payload = ClientSnapshots.json(table);
            row.receivedAt = clock.instant();
            row.pendingSince = clock.instant();
            return row.persist().replaceWithVoid();
        });
    }

    public Uni<Void> remove(String lender) {
        return MarketRateRow.deleteById(lender).replaceWithVoid();
    }
}
