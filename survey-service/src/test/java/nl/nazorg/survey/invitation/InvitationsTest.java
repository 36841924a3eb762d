package nl.nazorg.survey.invitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.AdviserTokens;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.SentInvitations;
import nl.nazorg.survey.support.TopicRecords;

/** Invitations come from campaign-events.v1 (EmailSent with a surveyId); they make the response rate. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class InvitationsTest {

    /** The consumer group: the application name, as the service consumes in it. */
    private static final String GROUP = "survey-service";

    private static final String DLQ = Topics.deadLetter(Topics.CAMPAIGN_EVENTS, GROUP);

    private static EmailSent sent(String tenant, String campaign, String client, String sendId, String surveyId) {
        return new EmailSent(sendId, tenant, campaign, client, null, surveyId, "survey-invitation", null,
                MessageClass.SERVICE, LegalBasis.CONTRACT, Instant.now());
    }

    private static void produce(List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }

    private static ProducerRecord<String, byte[]> record(EmailSent event, CloudEventAttributes attributes) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CAMPAIGN_EVENTS, event.clientId(),
                EventJson.write(event));
        CloudEventHeaders.write(attributes, record.headers());
        return record;
    }

    private static CloudEventAttributes attributes(EmailSent event) {
        return EventType.cloudEventFor(event, "/nazorg/campaign-service", OffsetDateTime.now());
    }

    @Test
    void invitationsSentAndResponsesMakeTheResponseRateOncePerEvent() throws Exception {
        String tenant = Links.tenant();
        EmailSent first = sent(tenant, "campaign-rate", "c-1", "send-1", "client-satisfaction");
        CloudEventAttributes firstAttributes = attributes(first);
        EmailSent second = sent(tenant, "campaign-rate", "c-2", "send-2", "client-satisfaction");
        EmailSent notASurvey = sent(tenant, "campaign-other", "c-3", "send-3", null);
        produce(List.of(record(first, firstAttributes), record(first, firstAttributes), record(second,
                attributes(second)), record(notASurvey, attributes(notASurvey))));

        // One response through campaign-rate's link for c-1.
        SentInvitations.awaitStored(tenant, "send-1");
        String token = Links.token(new SurveyLink(tenant, "c-1", "client-satisfaction", "campaign-rate", "send-1",
                Instant.now().plus(Duration.ofDays(1))));
        given().formParam("q.nps", "9").formParam("q.survey-experience", "EASY").formParam("action", "submit")
                .post("/s/" + token).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", AdviserTokens.bearer(tenant, "a-1", "adviser"))
                        .get("/api/v1/response-rates").then().statusCode(200)
                        .body("", hasSize(1))
                        .body("[0].campaignId", is("campaign-rate"))
                        .body("[0].surveyId", is("client-satisfaction"))
                        .body("[0].invitations", is(2))
                        .body("[0].responses", is(1))
                        .body("[0].percentage", is(50.0f)));
    }

    @Test
    void poisonAndForeignTenantRecordsGoToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        String tenant = Links.tenant();
        String poisonKey = "poison-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> malformed = new ProducerRecord<>(Topics.CAMPAIGN_EVENTS, poisonKey,
                "{not json".getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(CloudEventAttributes.newEvent(EventType.EMAIL_SENT.ceType(), "/test",
                OffsetDateTime.now(), poisonKey, tenant), malformed.headers());
        EmailSent foreign = sent(tenant, "campaign-x", "foreign-" + UUID.randomUUID(), "send-f", "mortgage-scan");
        ProducerRecord<String, byte[]> wrongTenant = record(foreign, CloudEventAttributes.newEvent(
                EventType.EMAIL_SENT.ceType(), "/test", OffsetDateTime.now(), foreign.clientId(), "another-firm"));
        EmailSent valid = sent(tenant, "campaign-after-poison", "c-valid", "send-v", "mortgage-scan");
        produce(List.of(malformed, wrongTenant, record(valid, attributes(valid))));

        assertThat(TopicRecords.awaitFor(DLQ, poisonKey, 1).get(0).headers().lastHeader("dead-letter-reason"))
                .isNotNull();
        assertThat(TopicRecords.header(TopicRecords.awaitFor(DLQ, foreign.clientId(), 1).get(0),
                "dead-letter-reason")).contains("tenant");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", AdviserTokens.bearer(tenant, "a-1", "adviser"))
                        .get("/api/v1/response-rates").then().statusCode(200)
                        .body("campaignId", org.hamcrest.Matchers.contains("campaign-after-poison")));
    }
}
