package nl.nazorg.signal.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.signal.evaluation.service.ClientEvaluation;
import nl.nazorg.signal.projection.service.ProjectionService;

/** portfolios.v1 → the portfolio projection, then the client's signals; a tombstone erases the client. */
@ApplicationScoped
public class PortfolioListener {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ProjectionService projection;

    @Inject
    ClientEvaluation evaluation;

    @Incoming(Topics.PORTFOLIOS)
    public Uni<Void> onPortfolio(ConsumerRecord<String, String> record) {
        return consumer.handleOnce(ConsumerGroup.NAME, record, Portfolio.class, event -> event.isTombstone()
                ? evaluation.erase(event.tenantId(), event.key())
                : projection.applyPortfolio(event.requireTenant(event.payload().tenantId())
                        .require(event.key().equals(event.payload().clientId()), "key differs from clientId")
                        .payload()));
    }
}
