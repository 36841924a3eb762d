package nl.nazorg.client.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.client.support.ClientFiles;
import nl.nazorg.client.support.ContactChanges;
import nl.nazorg.client.support.TopicRecords;
import nl.nazorg.client.support.TopicWriter;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import nl.nazorg.events.campaign.UnsubscribeScope;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.client.ProfileChangeSource;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * Topic → effect: unsubscribes and survey profile changes (pending until an adviser approves), once each, poison
 * parked on the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ConsumedEventsTest {

    /** The consumer group: the application name, as the service consumes in it. */
    private static final String GROUP = "client-service";

    private final String tenant = "consume-" + UUID.randomUUID().toString().substring(0, 8);
    private final String token = Tokens.adviser(tenant);

    @Test
    void anUnsubscribeWithdrawsConsentOnceEvenWhenDeliveredTwice() {
        String id = create("U-1");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"status\": \"OPTED_IN\", \"source\": \"intake-form\", \"effectiveAt\": \"2025-01-01T09:00:00Z\"}")
                .post("/api/v1/clients/" + id + "/consent").then().statusCode(200);
        Unsubscribed unsubscribed = new Unsubscribed(tenant, id, "campaign-7", "send-42", UnsubscribeScope.MARKETING,
                UnsubscribeChannel.ONE_CLICK, Instant.parse("2026-11-01T12:00:00Z"));
        CloudEventAttributes attributes = TopicWriter.publish(unsubscribed);
        TopicWriter.publish(attributes, Topics.CAMPAIGN_EVENTS, id, EventJson.write(unsubscribed));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/clients/" + id).then().body("marketingEmailConsent.status", is("WITHDRAWN")));
        // A later marker event proves both copies were consumed before we count.
        String marker = create("U-1-marker");
        TopicWriter.publish(new Unsubscribed(tenant, marker, null, null, UnsubscribeScope.MARKETING,
                UnsubscribeChannel.PAGE, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/clients/" + marker).then().body("marketingEmailConsent.status", is("WITHDRAWN")));

        given().auth().oauth2(token).get("/api/v1/clients/" + id + "/consent/history")
                .then().body("$", hasSize(2))
                .body("[1].source", is("unsubscribe-one-click"))
                .body("[1].reference", is("send:send-42"))
                .body("[1].effectiveAt", is("2026-11-01T12:00:00Z"));
        List<ConsumerRecord<String, byte[]>> profiles = TopicRecords.await(Topics.CLIENT_PROFILES, id, 3);
        assertThat(profiles).hasSize(3);
        assertThat(EventJson.read(profiles.get(2).value(), ClientProfile.class).marketingEmailConsent().source())
                .isEqualTo("unsubscribe-one-click");
    }

    @Test
    void aSurveyProfileChangeWaitsForAnAdviserAndIsAppliedOnApproval() {
        String id = create("P-1");
        ContactChanges.requestFromSurvey(tenant, id, "response-1", Map.of(ProfileField.EMAIL, "nieuw@example.nl",
                ProfileField.PHONE, "06 98765432", ProfileField.PLANNED_RETIREMENT_DATE, "2035-01-01"));

        String changeId = ContactChanges.awaitPending(token, id);
        ContactChanges.pending(token, id).body("total", is(1))
                .body("items[0].fields", contains("EMAIL", "PHONE", "PLANNED_RETIREMENT_DATE"))
                .body("items[0].requestedValues.EMAIL", is("nieuw@example.nl"))
                .body("items[0].source", is("survey")).body("items[0].surveyId", is("annual-scan"));
        given().auth().oauth2(token).get("/api/v1/clients/" + id).then()
                .body("email", is("p-1@example.nl")).body("version", is(1));
        given().auth().oauth2(token).get("/api/v1/clients/" + id + "/profile-changes").then().body("$", hasSize(0));

        ContactChanges.decide(token, changeId, "approve").statusCode(200)
                .body("status", is("APPROVED")).body("decidedBy", is("adviser-1"))
                .body("requestedValues", nullValue());

        given().auth().oauth2(token).get("/api/v1/clients/" + id).then()
                .body("email", is("nieuw@example.nl"))
                .body("phone", is("+31698765432"))
                .body("plannedRetirementDate", is("2035-01-01"))
                .body("version", is(2));
        List<ConsumerRecord<String, byte[]>> profiles = TopicRecords.await(Topics.CLIENT_PROFILES, id, 2);
        ClientProfile published = EventJson.read(profiles.get(1).value(), ClientProfile.class);
        assertThat(published.email()).isEqualTo("nieuw@example.nl");
        assertThat(published.version()).isEqualTo(2);
        given().auth().oauth2(token).get("/api/v1/clients/" + id + "/profile-changes")
                .then().statusCode(200).body("$", hasSize(3))
                .body("source", everyItem(is("survey")))
                .body("surveyId", everyItem(is("annual-scan")))
                .body("approvedBy", everyItem(is("adviser-1")))
                .body("contactChangeId", everyItem(is(changeId)));

        ContactChanges.decide(token, changeId, "approve").statusCode(409).contentType("application/problem+json")
                .body("status", is(409));
        given().auth().oauth2(token).get("/api/v1/clients/" + id).then().body("version", is(2));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndValidRecordsBehindItAreApplied() {
        String id = create("D-1");
        String dlq = Topics.deadLetter(Topics.CAMPAIGN_EVENTS, GROUP);
        TopicWriter.publishRaw(Topics.CAMPAIGN_EVENTS, id, "{not json");
        CloudEventAttributes foreign = CloudEventAttributes.newEvent(EventType.UNSUBSCRIBED.ceType(), "/nazorg/test",
                OffsetDateTime.now(), id, "another-firm");
        TopicWriter.publish(foreign, Topics.CAMPAIGN_EVENTS, id, EventJson.write(new Unsubscribed(tenant, id, null,
                null, UnsubscribeScope.MARKETING, UnsubscribeChannel.PAGE, Instant.now())));
        TopicWriter.publish(new Unsubscribed(tenant, id, null, null, UnsubscribeScope.MARKETING,
                UnsubscribeChannel.PAGE, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/clients/" + id).then().body("marketingEmailConsent.status", is("WITHDRAWN")));
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.await(dlq, id, 2);
        assertThat(dead).allSatisfy(record -> assertThat(record.headers().lastHeader("dead-letter-reason"))
                .isNotNull());
        assertThat(new String(dead.get(1).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8)).containsIgnoringCase("tenant");
    }

    @Test
    void aSurveyChangeWithAnInvalidValueIsDeadLetteredWhole() {
        String id = create("P-2");
        TopicWriter.publish(new ProfileChangeRequested(UUID.randomUUID().toString(), tenant, id,
                ProfileChangeSource.SURVEY, "annual-scan", "response-2",
                Map.of(ProfileField.EMAIL, "not an address", ProfileField.LANGUAGE, "en"), Instant.now()));

        String dlq = Topics.deadLetter(Topics.PROFILE_CHANGE_REQUESTS, GROUP);
        ConsumerRecord<String, byte[]> dead = TopicRecords.await(dlq, id, 1).get(0);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("EMAIL").doesNotContain("not an address");
        given().auth().oauth2(token).get("/api/v1/clients/" + id).then()
                .body("email", is("p-2@example.nl")).body("language", is("nl")).body("version", is(1));
        ContactChanges.pending(token, id).body("total", is(0));
    }

    private String create(String reference) {
        return ClientFiles.create(token, reference, reference.toLowerCase() + "@example.nl");
    }
}
