package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalCategory;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.AdviserTokens;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Security issue 14, finding 7: a campaign's message class is not its creator's word. An unsubscribed client in arrears
 * receives nothing from a campaign declared SERVICE about a marketing subject; a real service situation still goes out.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class MessageClassTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String admin(String tenant) {
        return AdviserTokens.issue(tenant, "admin-1", Roles.ADMIN);
    }

    private static String create(String tenant, Map<String, Object> campaign, int status) {
        return given().auth().oauth2(admin(tenant)).contentType(ContentType.JSON).body(campaign)
                .when().post("/api/v1/campaigns").then().statusCode(status).extract().path("id");
    }

    private static void launch(String tenant, String campaign) {
        given().auth().oauth2(admin(tenant)).when().post("/api/v1/campaigns/" + campaign + "/launch").then().statusCode(200);
    }

    private static String outcome(String campaign, String client) {
        await().atMost(WAIT).until(() -> Rows.count(
                "select count(*) from send_log where campaign_id = ?::uuid and client_id = ?", campaign, client) == 1);
        return Rows.single("select message_class || ':' || status || coalesce(':' || suppression, '') from send_log "
                + "where campaign_id = ?::uuid and client_id = ?", campaign, client);
    }

    /** Unsubscribed, in arrears, no aftercare subscription, with an open marketing signal (home equity). */
    private static String unsubscribedClientInArrears(String tenant) {
        String client = Fixtures.unique("client");
        TestEvents.publish(Fixtures.profile(tenant, client).openArrears().tier(SubscriptionTier.NONE).build());
        Rows.awaitContact(client, 1);
        Rows.update("update contact set unsubscribed_at = ? where client_id = ?", java.sql.Timestamp.from(Instant.now()), client);
        SignalRaised equity = Fixtures.raised(tenant, client, SignalType.HOME_EQUITY, SignalCategory.OPPORTUNITY,
                MessageClass.MARKETING, Map.of("homeEquity", new BigDecimal("80000.00")), Map.of());
        TestEvents.publish(equity);
        await().atMost(WAIT).until(() -> Rows.count("select count(*) from known_signal where signal_id = ?", equity.signalId()) == 1);
        return client;
    }

    @Test
    void aSelectionDeclaredServiceWithoutServiceSituationsIsRefused() {
        String tenant = Fixtures.unique("firm");
        given().auth().oauth2(admin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Iedereen", "kind", "SELECTION", "templateId", "builtin:HOME_EQUITY", "messageClass", "SERVICE"))
                .when().post("/api/v1/campaigns").then().statusCode(400)
                .body("detail", containsString("messageClass: SERVICE needs a selection restricted to open signal types"));
    }

    @Test
    void anUnsubscribedClientInArrearsGetsNothingFromAMarketingSubjectDeclaredService() {
        String tenant = Fixtures.unique("firm");
        String client = unsubscribedClientInArrears(tenant);

        String selection = create(tenant, Map.of("name", "Overwaarde", "kind", "SELECTION", "templateId", "builtin:HOME_EQUITY",
                "messageClass", "SERVICE", "selection", Map.of("openSignalTypes", List.of("HOME_EQUITY"))), 201);
        launch(tenant, selection);
        assertThat(outcome(selection, client)).isEqualTo("MARKETING:SUPPRESSED:UNSUBSCRIBED");

        String survey = create(tenant, Map.of("name", "Tevredenheid", "kind", "SURVEY", "templateId", "builtin:SURVEY_SATISFACTION",
                "surveyId", "client-satisfaction", "messageClass", "SERVICE"), 201);
        launch(tenant, survey);
        assertThat(outcome(survey, client)).isEqualTo("MARKETING:SUPPRESSED:UNSUBSCRIBED");

        // A campaign stored as SERVICE before this rule, reaching everyone: its e-mails are still classed per client.
        String legacy = create(tenant, Map.of("name", "Oud", "kind", "SELECTION", "templateId", "builtin:HOME_EQUITY"), 201);
        Rows.update("update campaign set message_class = 'SERVICE' where id = ?::uuid", legacy);
        launch(tenant, legacy);
        assertThat(outcome(legacy, client)).isEqualTo("MARKETING:SUPPRESSED:UNSUBSCRIBED");

        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).isEmpty();
        given().auth().oauth2(admin(tenant)).when().get("/api/v1/campaigns/" + selection + "/stats")
                .then().statusCode(200).body("total.sent", equalTo(0));
    }

    @Test
    void aRealServiceSituationStillGoesOutWithoutMarketingConsent() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        TestEvents.publish(Fixtures.profile(tenant, client).tier(SubscriptionTier.NONE).build());
        Rows.awaitContact(client, 1);
        Rows.update("update contact set unsubscribed_at = ? where client_id = ?", java.sql.Timestamp.from(Instant.now()), client);
        SignalRaised fixedRate = SendRulesTest.fixedRateEnding(tenant, client);
        TestEvents.publish(fixedRate);
        await().atMost(WAIT).until(() -> Rows.count("select count(*) from known_signal where signal_id = ?", fixedRate.signalId()) == 1);

        String template = given().auth().oauth2(admin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Rentevast", "subjectNl", "Uw rentevaste periode, {firstName}", "bodyNl", "{greeting}"))
                .when().post("/api/v1/templates").then().statusCode(201).extract().path("id");
        String selection = create(tenant, Map.of("name", "Rentevast", "kind", "SELECTION", "templateId", template,
                "messageClass", "SERVICE", "selection", Map.of("openSignalTypes", List.of("FIXED_RATE_ENDING"))), 201);
        launch(tenant, selection);
        assertThat(outcome(selection, client)).startsWith("SERVICE:");
        NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client + "@example.nl")
                && m.subject().contains("rentevast"), WAIT);
    }
}
