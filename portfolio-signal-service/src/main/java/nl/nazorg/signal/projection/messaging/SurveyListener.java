package nl.nazorg.signal.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.signal.projection.service.ProjectionService;

/** survey-responses.v1, a poll at a time → the clients' wishes and NPS answers, then CLIENT_WISH / NPS_DETRACTOR. */
@ApplicationScoped
public class SurveyListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    ProjectionService projection;

    @Incoming(Topics.SURVEY_RESPONSES)
    public Uni<Void> onResponses(ConsumerRecords<String, String> poll) {
        return consumer.handle(poll, SurveyCompleted.class, SurveyListener::check,
                (transaction, events) -> projection.applySurveys(transaction,
                        events.stream().map(IncomingEvent::payload).toList()));
    }

    private static void check(IncomingEvent<SurveyCompleted> event) {
        event.require(!event.isTombstone(), "survey response without a value")
                .requireTenant(event.payload().tenantId())
                .require(event.payload().clientId() != null, "survey response without clientId")
                .require(event.payload().completedAt() != null, "survey response without completedAt");
    }
}
