package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.selection.Variants;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.CampaignEventsTap;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.events.EventType;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.link.LinkKeyRing;
import nl.nazorg.security.link.SurveyLinkTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Own templates (validated), selection campaigns with preview and A/B split, survey invitations, REVIEW approvals. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class SelectionCampaignTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aTemplateThatDoesNotRenderIsRefusedWithLineAndReason() {
        String tenant = Fixtures.unique("firm");
        given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Kapot", "subjectNl", "Hallo {firstName}", "bodyNl", "{greeting}\n\nRegel twee\n{#if x}open"))
                .when().post("/api/v1/templates").then().statusCode(400)
                .body("type", equalTo("urn:nazorg:problem:validation"))
                .body("errors.field", hasItem("bodyNl"))
                .body("errors[0].message", containsString("line 4"));
        given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Onbekend", "subjectNl", "Hallo {klantnaam}", "bodyNl", "{greeting}"))
                .when().post("/api/v1/templates").then().statusCode(400)
                .body("errors.field", hasItem("subjectNl"))
                .body("errors[0].message", containsString("line 1"));
        String id = Api.template(tenant, "Hallo {firstName}", "{greeting}\n\nUw bedrag: {money.anything}");
        given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/templates/" + id).then().statusCode(200)
                .body("subjectNl", equalTo("Hallo {firstName}"));
        given().auth().oauth2(Api.token(Fixtures.unique("other"))).when().get("/api/v1/templates/" + id).then().statusCode(404);
        given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/templates").then().statusCode(200)
                .body("id", hasItem("builtin:REFINANCE_SAVING"));
    }

    @Test
    void aSelectionIsPreviewedThenSentAsAnAbSplit() {
        String tenant = Fixtures.unique("firm");
        String a = Api.template(tenant, "A: {firstName}, tijd voor uw jaarlijkse check", "{greeting}\n\nVariant A. Plan via {firm.appointmentUrl}.");
        String b = Api.template(tenant, "B: {firstName}, hoe staat uw hypotheek ervoor?", "{greeting}\n\nVariant B. Plan via {firm.appointmentUrl}.");
        List<String> gold = List.of(Fixtures.unique("gold"), Fixtures.unique("gold"), Fixtures.unique("gold"),
                Fixtures.unique("gold"), Fixtures.unique("gold"), Fixtures.unique("gold"));
        String bronze = Fixtures.unique("bronze");
        String tooYoung = Fixtures.unique("young");
        gold.forEach(client -> TestEvents.publish(Fixtures.profile(tenant, client).tier(SubscriptionTier.GOLD).build()));
        TestEvents.publish(Fixtures.profile(tenant, bronze).tier(SubscriptionTier.BRONZE).build());
        TestEvents.publish(Fixtures.profile(tenant, tooYoung).tier(SubscriptionTier.GOLD).birthDate(LocalDate.now().minusYears(20)).build());
        gold.forEach(client -> Rows.awaitContact(client, 1));
        Rows.awaitContact(bronze, 1);
        Rows.awaitContact(tooYoung, 1);

        String campaign = given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Goudklanten 30+", "kind", "SELECTION", "templateId", a, "variantBTemplateId", b,
                        "variantBPercent", 50, "selection", Map.of("tiers", List.of("GOLD"), "minAge", 30)))
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Api.token(tenant)).when().post("/api/v1/campaigns/" + campaign + "/preview?sample=2")
                .then().statusCode(200).body("matchingClients", equalTo(6))
                .body("samples[0].text", containsString("Beste Jan,"));
        assertThat(Rows.count("select count(*) from send_log where campaign_id = ?::uuid", campaign)).isZero();

        given().auth().oauth2(Api.token(tenant)).when().post("/api/v1/campaigns/" + campaign + "/launch")
                .then().statusCode(200).body("planned", equalTo(6)).body("campaign.state", equalTo("LAUNCHED"));
        List<ReceivedMail> mails = NazorgTestInfrastructure.mailbox().awaitMessages(
                m -> gold.stream().anyMatch(client -> m.isAddressedTo(client + "@example.nl")), 6, WAIT);
        // Each client gets the variant its stable hash picks (with 6 clients, both variants appear in only 97% of runs).
        Campaign split = new Campaign();
        split.id = java.util.UUID.fromString(campaign);
        split.variantBTemplateId = b;
        split.variantBPercent = 50;
        for (String client : gold) {
            String variant = Variants.of(split, client);
            assertThat(mails).filteredOn(m -> m.isAddressedTo(client + "@example.nl")).singleElement()
                    .satisfies(m -> assertThat(m.subject()).startsWith(variant + ": Jan"));
            assertThat(Rows.single("select variant from send_log where campaign_id = ?::uuid and client_id = ?", campaign, client))
                    .isEqualTo(variant);
        }
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(bronze + "@example.nl")).isEmpty();
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(tooYoung + "@example.nl")).isEmpty();
        given().auth().oauth2(Api.token(tenant)).when().post("/api/v1/campaigns/" + campaign + "/launch")
                .then().statusCode(200).body("planned", equalTo(0));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/campaigns/" + campaign + "/stats")
                        .then().statusCode(200).body("total.selected", equalTo(6)).body("total.sent", equalTo(6)));
    }

    @Test
    void aSurveyInvitationCarriesASignedPersonalLink() throws Exception {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);
        String campaign = given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Nazorgscan", "kind", "SURVEY", "templateId", "builtin:SURVEY_ANNUAL_SCAN",
                        "surveyId", "annual-aftercare-scan", "messageClass", "SERVICE",
                        "selection", Map.of("adviserIds", List.of("adviser-1"))))
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Api.token(tenant)).when().post("/api/v1/campaigns/" + campaign + "/launch").then().statusCode(200);

        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client + "@example.nl"), WAIT);
        // The survey link is tracked like every link: its destination is stored with the tracked link.
        String destination = Rows.single("select destination from tracked_link where client_id = ? and destination like 'http://localhost:8084/s/%'", client);
        Matcher token = Pattern.compile("/s/(.+)$").matcher(destination);
        assertThat(token.find()).isTrue();
        var claims = SurveyLinkTokens.verify(LinkKeyRing.single("dev-only-survey-secret-change-me"), token.group(1),
                Instant.now());
        assertThat(claims).hasValueSatisfying(c -> {
            assertThat(c.tenantId()).isEqualTo(tenant);
            assertThat(c.clientId()).isEqualTo(client);
            assertThat(c.surveyId()).isEqualTo("annual-aftercare-scan");
            assertThat(c.campaignId()).isEqualTo(campaign);
            assertThat(c.sendId()).isEqualTo(mail.header("X-Nazorg-Send-Id").orElseThrow());
        });
        assertThat(SurveyLinkTokens.verify(LinkKeyRing.single("another-secret"), token.group(1), Instant.now())).isEmpty();
        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            EmailSent sent = EventJson.read(tap.await(CampaignEventsTap.ofType(EventType.EMAIL_SENT.ceType(), client), WAIT).value(),
                    EmailSent.class);
            assertThat(sent.surveyId()).isEqualTo("annual-aftercare-scan");
        }
    }

    @Test
    void reviewModeQueuesUntilAnAdviserApproves() {
        String tenant = Fixtures.unique("firm");
        String approved = Fixtures.unique("client");
        String rejected = Fixtures.unique("client");
        String campaign = Api.triggered(tenant, "builtin:FIXED_RATE_ENDING", "REVIEW", "FIXED_RATE_ENDING");
        for (String client : List.of(approved, rejected)) {
            TestEvents.publish(Fixtures.profile(tenant, client).build());
            Rows.awaitContact(client, 1);
            TestEvents.publish(SendRulesTest.fixedRateEnding(tenant, client));
        }
        SendRulesTest.awaitSendRows(approved, 1);
        SendRulesTest.awaitSendRows(rejected, 1);
        List<String> queued = given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/campaigns/" + campaign + "/approvals")
                .then().statusCode(200).extract().path("clientId");
        assertThat(queued).containsExactlyInAnyOrder(approved, rejected);
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(approved + "@example.nl")).isEmpty();

        String approvedSend = Rows.single("select send_id from send_log where client_id = ?", approved);
        String rejectedSend = Rows.single("select send_id from send_log where client_id = ?", rejected);
        given().auth().oauth2(Api.token(Fixtures.unique("other"))).contentType(ContentType.JSON)
                .body(Map.of("verdict", "APPROVE")).when().post("/api/v1/campaigns/" + campaign + "/approvals").then().statusCode(404);
        given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("verdict", "REJECT", "sendIds", List.of(rejectedSend)))
                .when().post("/api/v1/campaigns/" + campaign + "/approvals").then().statusCode(200).body("changed", equalTo(1));
        given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("verdict", "APPROVE"))
                .when().post("/api/v1/campaigns/" + campaign + "/approvals").then().statusCode(200).body("changed", equalTo(1));

        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(approved + "@example.nl"), WAIT);
        assertThat(mail.header("X-Nazorg-Send-Id")).contains(approvedSend);
        assertThat(Rows.single("select suppression from send_log where send_id = ?::uuid", rejectedSend)).isEqualTo("REJECTED_BY_ADVISER");
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(rejected + "@example.nl")).isEmpty();
    }
}
