package nl.nazorg.signal.market.messaging;

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
import nl.nazorg.signal.market.service.RateChangeReevaluation;
import nl.nazorg.signal.projection.messaging.ConsumerGroup;

/**
 * market-rates.v1 (partner feeds and this service's own upload alike), a poll at a time → the stored tables, then,
 * after the commit, a re-evaluation of every loan part. A tombstone removes the lender's table.
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
        return consumer.handle(ConsumerGroup.NAME, poll, MarketRateTable.class, MarketRateListener::check,
                        tables::apply)
                .invoke(reevaluation::request);
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
