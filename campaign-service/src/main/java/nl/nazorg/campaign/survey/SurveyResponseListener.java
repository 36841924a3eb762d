package nl.nazorg.campaign.survey;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.contact.ProfileListener;
import nl.nazorg.events.Topics;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** survey-responses.v1 → responses per campaign (only those that answer a campaign of ours). */
@ApplicationScoped
public class SurveyResponseListener {

    @Inject
    IdempotentConsumer consumer;

    @Incoming(Topics.SURVEY_RESPONSES)
    public Uni<Void> onResponse(ConsumerRecord<String, String> record) {
        return consumer.handleOnce(ProfileListener.GROUP, record, SurveyCompleted.class, event -> {
            if (event.isTombstone()) {
                throw new PoisonRecordException("survey-responses.v1 carries no tombstones");
            }
            SurveyCompleted completed = event.requireTenant(event.payload().tenantId()).payload();
            if (completed.campaignId() == null || completed.responseId() == null) {
                return Uni.createFrom().voidItem();
            }
            return SurveyResponse.findById(completed.responseId()).chain(found -> {
                if (found != null) {
                    return Uni.createFrom().voidItem();
                }
                SurveyResponse response = new SurveyResponse();
                response.responseId = completed.responseId();
                response.tenantId = completed.tenantId();
                response.clientId = completed.clientId();
                response.surveyId = completed.surveyId();
                response.campaignId = completed.campaignId();
                response.sendId = completed.sendId();
                response.npsScore = completed.npsScore();
                response.completedAt = completed.completedAt();
                return response.persist().replaceWithVoid();
            });
        });
    }
}
