package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.CampaignEventsTap;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Mails;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.campaign.tracking.LinkDirectory;
import nl.nazorg.events.EventType;
import nl.nazorg.events.campaign.LinkClicked;
import nl.nazorg.events.campaign.ScannerSuspicion;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Tracked links: 302 to the stored destination, LinkClicked published, scanners flagged, forged tokens refused, an
 * erased client's links forgotten at once, every answer with the public pages' security headers.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class TrackedLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15";

    private static final String UNKNOWN = "/r/" + "A".repeat(33);

    @Inject
    LinkDirectory directory;

    record Sent(String campaignId, String client, ReceivedMail mail) {
    }

    static Sent sendOne(String tenant) {
        String client = Fixtures.unique("client");
        String campaign = Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);
        TestEvents.publish(Fixtures.refinanceSaving(tenant, client));
        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client + "@example.nl"), WAIT);
        return new Sent(campaign, client, mail);
    }

    @Test
    void aClickRedirectsToTheStoredDestinationAndIsPublishedScannersFlagged() {
        String tenant = Fixtures.unique("firm");
        Sent sent = sendOne(tenant);
        String link = Mails.trackedLinkPath(sent.mail());

        // Within seconds of sending: probably a scanner. (The row says "sent just now", so a slow machine between the
        // e-mail and this click cannot turn the scanner into a person.)
        Rows.update("update tracked_link set created_at = now() where send_id = ?::uuid", Mails.sendId(sent.mail()));
        forgetBehindItsBack(sent);
        given().redirects().follow(false).header("User-Agent", BROWSER).when().get(link)
                .then().statusCode(302).header("Location", "https://www.example.nl/afspraak");
        // The e-mail went out a minute ago (time travel on the row), and a person clicks, and a scanner probes.
        Rows.update("update tracked_link set created_at = created_at - interval '1 minute' where send_id = ?::uuid",
                Mails.sendId(sent.mail()));
        forgetBehindItsBack(sent);
        given().redirects().follow(false).header("User-Agent", BROWSER).when().get(link)
                .then().statusCode(302).header("Location", "https://www.example.nl/afspraak");
        given().redirects().follow(false).header("User-Agent", BROWSER).when().head(link).then().statusCode(302);
        given().redirects().follow(false).header("User-Agent", "Mozilla/5.0 (compatible; Barracuda Sentinel)").when().get(link)
                .then().statusCode(302);

        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            String type = EventType.LINK_CLICKED.ceType();
            Awaitility.await().atMost(WAIT).until(() -> tap.matching(CampaignEventsTap.ofType(type, sent.client())).size() == 4);
            List<ConsumerRecord<String, byte[]>> records = tap.matching(CampaignEventsTap.ofType(type, sent.client()));
            records.forEach(r -> assertThat(EventSchemaValidator.create().violations(EventType.LINK_CLICKED, r.value())).isEmpty());
            List<LinkClicked> clicks = records.stream().map(r -> EventJson.read(r.value(), LinkClicked.class)).toList();
            assertThat(clicks).extracting(LinkClicked::suspectedScannerReason).containsExactlyInAnyOrder(
                    ScannerSuspicion.TOO_SOON_AFTER_SEND, null, ScannerSuspicion.HEAD_REQUEST, ScannerSuspicion.KNOWN_SCANNER_AGENT);
            assertThat(clicks).allSatisfy(click -> {
                assertThat(click.campaignId()).isEqualTo(sent.campaignId());
                assertThat(click.sendId()).isEqualTo(Mails.sendId(sent.mail()));
                assertThat(click.linkId()).isEqualTo("link-1");
            });
        }

        given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/campaigns/" + sent.campaignId() + "/stats")
                .then().statusCode(200)
                .body("total.sent", equalTo(1))
                .body("total.uniqueHumanClickers", equalTo(1))
                .body("total.humanClicks", equalTo(1))
                .body("total.scannerClicks", equalTo(3))
                .body("total.clickThroughRatePercent", equalTo(100.0f))
                .body("variants.A.sent", equalTo(1))
                .body("clicksPerHour[0].humanClicks", equalTo(1));
        given().auth().oauth2(Api.token(Fixtures.unique("other-firm"))).when().get("/api/v1/campaigns/" + sent.campaignId() + "/stats")
                .then().statusCode(404);
    }

    @Test
    void tamperedUnknownAndForeignTokensGetTheSameNeutralPage() {
        Sent ours = sendOne(Fixtures.unique("firm"));
        Sent theirs = sendOne(Fixtures.unique("firm"));
        String link = Mails.trackedLinkPath(ours.mail()).substring("/r/".length());
        String foreign = Mails.trackedLinkPath(theirs.mail()).substring("/r/".length());
        char last = link.charAt(link.length() - 1);
        String tampered = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
        // Our key id and random part with the other firm's seal (the last 11 characters).
        String otherFirmsSeal = link.substring(0, link.length() - 11) + foreign.substring(foreign.length() - 11);
        // The key id is whatever precedes the last 33 characters.
        String unknownKey = "9" + link.substring(link.length() - 33);
        String withoutKeyId = link.substring(link.length() - 33);

        for (String token : List.of(tampered, otherFirmsSeal, unknownKey, withoutKeyId, "x", "A".repeat(33), link + "A")) {
            Response response = given().redirects().follow(false).when().get("/r/" + token);
            assertThat(response.statusCode()).as(token).isEqualTo(404);
            assertThat(response.header("Location")).isNull();
            assertThat(response.body().asString()).contains("Deze link werkt niet (meer)");
        }
        given().redirects().follow(false).when().get("/r/" + link).then().statusCode(302).header("Location", equalTo("https://www.example.nl/afspraak"));
        given().redirects().follow(false).when().get("/r/" + tampered).then().header("Location", nullValue());
    }

    @Test
    void anErasedClientsLinkAnswersExactlyLikeAnUnknownOne() {
        String tenant = Fixtures.unique("firm");
        Sent sent = sendOne(tenant);
        String link = Mails.trackedLinkPath(sent.mail());
        given().redirects().follow(false).when().get(link).then().statusCode(302);   // served from memory from now on
        Response unknown = given().redirects().follow(false).when().get(UNKNOWN);

        TestEvents.send(TestEvents.tombstone(tenant, sent.client(), UUID.randomUUID().toString()));

        Awaitility.await().atMost(WAIT).until(() -> given().redirects().follow(false).when().get(link).statusCode() == 404);
        Response erased = given().redirects().follow(false).when().get(link);
        assertThat(erased.asByteArray()).isEqualTo(unknown.asByteArray());
        assertThat(headers(erased)).isEqualTo(headers(unknown));
        assertThat(Rows.count("select count(*) from tracked_link where client_id = ?", sent.client())).isZero();
    }

    @Test
    void afterALostErasureConnectionLinksStillRedirectAndErasuresStillReachMemory() {
        String tenant = Fixtures.unique("firm");
        Sent sent = sendOne(tenant);
        String link = Mails.trackedLinkPath(sent.mail());
        String listener = Rows.single("select pid::text from pg_stat_activity where query = 'LISTEN tracked_link_erased' and datname = current_database()");

        Rows.single("select pg_terminate_backend(?::int)::text", listener);

        given().redirects().follow(false).when().get(link).then().statusCode(302);
        Awaitility.await().atMost(WAIT).until(() -> Rows.count(
                "select count(*) from pg_stat_activity where query = 'LISTEN tracked_link_erased' and pid <> ?::int",
                listener) == 1);
        given().redirects().follow(false).when().get(link).then().statusCode(302);   // in memory again
        TestEvents.send(TestEvents.tombstone(tenant, sent.client(), UUID.randomUUID().toString()));
        Awaitility.await().atMost(WAIT).until(() -> given().redirects().follow(false).when().get(link).statusCode() == 404);
    }

    @Test
    void everyAnswerToAClientsBrowserCarriesTheSecurityHeaders() {
        Sent sent = sendOne(Fixtures.unique("firm"));
        Response redirect = given().redirects().follow(false).header("User-Agent", BROWSER).when()
                .get(Mails.trackedLinkPath(sent.mail()));
        Response neutral = given().redirects().follow(false).when().get(UNKNOWN);
        Response unsubscribe = given().redirects().follow(false).when().get(Mails.unsubscribePath(sent.mail()));
        Response home = given().redirects().follow(false).when().get("/");

        assertThat(List.of(redirect.statusCode(), neutral.statusCode(), unsubscribe.statusCode(), home.statusCode()))
                .containsExactly(302, 404, 200, 302);
        assertThat(home.header("Location")).isEqualTo("https://www.example.nl");
        for (Response response : List.of(redirect, neutral, unsubscribe, home)) {
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    /** The row changed behind this instance's memory, as another instance's database read would see it. */
    private void forgetBehindItsBack(Sent sent) {
        directory.forget(List.of(sent.client()));
    }

    private static Map<String, String> headers(Response response) {
        return response.headers().asList().stream().filter(header -> !header.getName().equalsIgnoreCase("Date"))
                .collect(Collectors.toMap(Header::getName, Header::getValue, (a, b) -> a + ", " + b));
    }
}
