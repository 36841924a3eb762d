package nl.nazorg.signal.market.messaging;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.signal.market.service.MarketRateTables;
import nl.nazorg.signal.market.service.MarketRateTables.Stored;
import nl.nazorg.signal.market.service.RateChangeReevaluation;

/**
 * market-rates.v1 (partner feeds and this service's own upload alike), a poll at a time → the stored tables, then,
 * after the commit, a re-evaluation of the loan parts a change can affect — when a table changed or went (a table
 * published again unchanged asks for none). A tombstone removes the lender's table; the pass after it cannot compare
 * with a table that is gone, so it re-evaluates every period.
 */
@ApplicationScoped
public class MarketRateListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    MarketRateTables tables;

    @Inject
    RateChangeReevaluation reevaluation;

    @Incoming(Topics.MARKET_RATES)
    public Uni<Void> onRateTables(ConsumerRecords<String, String> poll) {
        if (poll.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        AtomicReference<Stored> stored = new AtomicReference<>(new Stored(false, false));
        return consumer.handle(poll, MarketRateTable.class, MarketRateListener::check,
                        (transaction, events) -> tables.apply(transaction, events)
                                .invoke(change -> stored.updateAndGet(change::or)).replaceWithVoid())
                .invoke(() -> {
                    if (stored.get().removed()) {
                        reevaluation.requestForAllPeriods();
                    } else if (stored.get().pending()) {
                        reevaluation.request();
                    }
                });
    }

    private static void check(IncomingEvent<MarketRateTable> event) {
        if (event.isTombstone()) {
            return;
        }
        MarketRateTable table = event.requireTenant(event.payload().tenantId())
                .require(event.key().equals(event.payload().lender()), "key differs from lender").payload();
        MarketRateTables.requireUsable(table);
    }
}
