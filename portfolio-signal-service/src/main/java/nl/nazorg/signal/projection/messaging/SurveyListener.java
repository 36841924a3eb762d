package nl.nazorg.signal.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.signal.projection.service.ProjectionService;

/** survey-responses.v1 → the client's wishes and NPS answer, then CLIENT_WISH / NPS_DETRACTOR. */
@ApplicationScoped
public class SurveyListener {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ProjectionService projection;

    @Incoming(Topics.SURVEY_RESPONSES)
    public Uni<Void> onResponse(ConsumerRecord<String, String> record) {
        return consumer.handleOnce(ConsumerGroup.NAME, record, SurveyCompleted.class, event -> projection.applySurvey(
                event.require(!event.isTombstone(), "survey response without a value")
                        .requireTenant(event.payload().tenantId()).payload()));
    }
}
