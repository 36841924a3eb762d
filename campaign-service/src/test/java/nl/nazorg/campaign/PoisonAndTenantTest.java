package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.CampaignEventsTap;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Poison records go to the dead-letter topic and the consumer goes on; another firm's ids are a 404. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class PoisonAndTenantTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void badJsonAndAForeignTenantGoToTheDeadLetterTopicAndTheNextSignalStillSends() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);

        ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(Topics.SIGNALS, client, "{not json".getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(new CloudEventAttributes(UUID.randomUUID().toString(), EventType.SIGNAL_RAISED.ceType(),
                "/nazorg/test", OffsetDateTime.now(), client, tenant), garbage.headers());
        TestEvents.send(garbage);
        SignalRaised foreign = Fixtures.refinanceSaving(tenant, client);
        ProducerRecord<String, byte[]> wrongTenant = new ProducerRecord<>(Topics.SIGNALS, client, EventJson.write(foreign));
        CloudEventHeaders.write(new CloudEventAttributes(UUID.randomUUID().toString(), EventType.SIGNAL_RAISED.ceType(),
                "/nazorg/test", OffsetDateTime.now(), client, "someone-else"), wrongTenant.headers());
        TestEvents.send(wrongTenant);
        TestEvents.publish(Fixtures.refinanceSaving(tenant, client));

        NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client + "@example.nl"), WAIT);
        try (CampaignEventsTap dlq = CampaignEventsTap.of(Topics.deadLetter(Topics.SIGNALS, "campaign-service"))) {
            ConsumerRecord<String, byte[]> first = dlq.await(r -> client.equals(r.key())
                    && new String(r.value(), StandardCharsets.UTF_8).startsWith("{not json"), WAIT);
            assertThat(CampaignEventsTap.header(first, "dead-letter-reason")).isNotBlank();
            ConsumerRecord<String, byte[]> second = dlq.await(r -> client.equals(r.key())
                    && "someone-else".equals(CampaignEventsTap.header(r, "ce_tenantid")), WAIT);
            assertThat(CampaignEventsTap.header(second, "dead-letter-reason")).contains("tenant");
        }
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).hasSize(1);
    }

    @Test
    void anotherFirmsCampaignIsNotFound() {
        String tenant = Fixtures.unique("firm");
        String campaign = Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/campaigns/" + campaign).then().statusCode(200);
        String other = Api.token(Fixtures.unique("firm"));
        given().auth().oauth2(other).when().get("/api/v1/campaigns/" + campaign).then().statusCode(404);
        given().auth().oauth2(other).when().post("/api/v1/campaigns/" + campaign + "/pause").then().statusCode(404);
        given().auth().oauth2(other).when().get("/api/v1/campaigns/" + campaign + "/approvals").then().statusCode(404);
        given().when().get("/api/v1/campaigns/" + campaign).then().statusCode(401);
        given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "TRIGGERED", "signalTypes", new String[] {"REFINANCE_SAVING"},
                        "templateId", "builtin:REFINANCE_SAVING", "shoeSize", 42))
                .when().post("/api/v1/campaigns").then().statusCode(400);
    }
}
