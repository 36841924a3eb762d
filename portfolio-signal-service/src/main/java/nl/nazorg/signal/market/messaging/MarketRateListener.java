package nl.nazorg.signal.market.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.signal.market.service.MarketRateTables;
import nl.nazorg.signal.market.service.RateChangeReevaluation;
import nl.nazorg.signal.projection.messaging.ConsumerGroup;

/**
 * market-rates.v1 (partner feeds and this service's own upload alike) → the stored table, then, after the commit,
 * a re-evaluation of every loan part. A tombstone removes the lender's table.
 */
@ApplicationScoped
public class MarketRateListener {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    MarketRateTables tables;

    @Inject
    RateChangeReevaluation reevaluation;

    @Incoming(Topics.MARKET_RATES)
    public Uni<Void> onRateTable(ConsumerRecord<String, String> record) {
        return consumer.handleOnce(ConsumerGroup.NAME, record, MarketRateTable.class, event -> event.isTombstone()
                        ? tables.remove(event.key())
                        : tables.store(event.requireTenant(event.payload().tenantId())
                                .require(event.key().equals(event.payload().lender()), "key differs from lender")
                                .payload()))
                .invoke(reevaluation::request);
    }
}
