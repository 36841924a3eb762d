package nl.nazorg.signal.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.signal.projection.mapping.PortfolioMapping;
import nl.nazorg.signal.projection.service.ClientChanges;
import nl.nazorg.signal.projection.service.ProjectionService;

/** portfolios.v1, a poll at a time → the portfolio projection, then the clients' signals; a tombstone erases. */
@ApplicationScoped
public class PortfolioListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    ProjectionService projection;

    @Incoming(Topics.PORTFOLIOS)
    public Uni<Void> onPortfolios(ConsumerRecords<String, String> poll) {
        return consumer.handle(poll, Portfolio.class, PortfolioListener::check,
                (transaction, events) -> projection.applyPortfolios(transaction, ClientChanges.of(events)));
    }

    private static void check(IncomingEvent<Portfolio> event) {
        if (event.isTombstone()) {
            return;
        }
        Portfolio portfolio = event.requireTenant(event.payload().tenantId())
                .require(event.key().equals(event.payload().clientId()), "key differs from clientId").payload();
        ProjectionService.requireUsable(portfolio, PortfolioMapping::toDomain, "portfolio");
    }
}
