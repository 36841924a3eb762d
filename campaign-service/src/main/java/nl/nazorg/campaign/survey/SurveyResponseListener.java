package nl.nazorg.campaign.survey;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.contact.ProfileListener;
import nl.nazorg.events.Topics;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Arrays;
import java.util.List;

import static nl.nazorg.campaign.storage.SqlColumns.texts;
import static nl.nazorg.campaign.storage.SqlColumns.times;

/**
 * survey-responses.v1, a poll at a time → responses per campaign (only those that answer a campaign of ours), one
 * insert for the poll; a response already stored stays as it is.
 */
@ApplicationScoped
public class SurveyResponseListener {

    private static final String INSERT = """
            INSERT INTO survey_response (response_id, tenant_id, client_id, survey_id, campaign_id, send_id, nps_score,
                                         completed_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
                                 $8::timestamptz[])
            ON CONFLICT (response_id) DO NOTHING""";

    @Inject
    BatchConsumer consumer;

    @Incoming(Topics.SURVEY_RESPONSES)
    public Uni<Void> onResponses(ConsumerRecords<String, String> poll) {
        return consumer.handle(poll, SurveyCompleted.class,
                event -> event.require(!event.isTombstone(), "survey-responses.v1 carries no tombstones")
                        .requireTenant(event.payload().tenantId()),
                this::store);
    }

    private Uni<Void> store(SqlConnection transaction, List<IncomingEvent<SurveyCompleted>> events) {
        List<SurveyCompleted> ours = events.stream().map(IncomingEvent::payload)
                .filter(completed -> completed.campaignId() != null && completed.responseId() != null)
                .toList();
        if (ours.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(INSERT).execute(Tuple.from(Arrays.<Object>asList(
                texts(ours, SurveyCompleted::responseId), texts(ours, SurveyCompleted::tenantId),
                texts(ours, SurveyCompleted::clientId), texts(ours, SurveyCompleted::surveyId),
                texts(ours, SurveyCompleted::campaignId), texts(ours, SurveyCompleted::sendId),
                ours.stream().map(SurveyCompleted::npsScore).toArray(Integer[]::new),
                times(ours, SurveyCompleted::completedAt)))).replaceWithVoid();
    }
}
