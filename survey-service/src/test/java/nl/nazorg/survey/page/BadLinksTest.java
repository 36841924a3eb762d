package nl.nazorg.survey.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.AdviserTokens;
import nl.nazorg.security.link.LinkKey;
import nl.nazorg.security.link.LinkKeyRing;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.security.link.SurveyLinkTokens;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.SentInvitations;

/**
 * Forged, expired, unknown-key and foreign links all get the one neutral page, and change nothing (links without an
 * invitation: {@link UninvitedLinksTest}).
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class BadLinksTest {

    @Test
    void forgedExpiredAndUnknownLinksGetTheSameNeutralPage() {
        String tenant = Links.tenant();
        String neutral = given().get("/s/" + Links.expired(tenant, "c-1", "client-satisfaction"))
                .then().statusCode(404).contentType("text/html").extract().asString();
        assertThat(neutral).contains("Deze link werkt niet (meer)").doesNotContain("form");

        SurveyLink link = new SurveyLink(tenant, "c-1", "client-satisfaction", "k", "s",
                Instant.now().plus(Duration.ofDays(1)));
        SentInvitations.announce(link);
        String forged = SurveyLinkTokens.sign(LinkKeyRing.single("not-the-secret"), link);
        assertThat(given().get("/s/" + forged).then().statusCode(404).extract().asString()).isEqualTo(neutral);
        // The right secret under a key id that is not on the ring (never was, or removed after a rotation).
        String unknownKey = SurveyLinkTokens.sign(LinkKeyRing.of(new LinkKey("retired",
                Links.keys().current().secret())), link);
        assertThat(given().get("/s/" + unknownKey).then().statusCode(404).extract().asString()).isEqualTo(neutral);
        given().get("/s/" + Links.token(link)).then().statusCode(200);
        // Signed with the previous key the test configuration keeps on the ring (a rotation's grace period): it opens.
        LinkKeyRing previousKeyOnly = LinkKeyRing.of(Links.keys().previous().get(0));
        given().get("/s/" + SurveyLinkTokens.sign(previousKeyOnly, link)).then().statusCode(200);
        assertThat(given().get("/s/garbage").then().statusCode(404).extract().asString()).isEqualTo(neutral);
        String unknownSurvey = Links.valid(tenant, "c-1", "no-such-survey", "k");
        assertThat(given().get("/s/" + unknownSurvey).then().statusCode(404).extract().asString()).isEqualTo(neutral);

        // A POST with a bad link is refused the same way and stores nothing.
        assertThat(given().formParam("q.nps", "10").formParam("action", "submit").post("/s/" + forged)
                .then().statusCode(404).extract().asString()).isEqualTo(neutral);
    }

    @Test
    void aLinkOfAnotherFirmCannotReachThisFirmsSurveyOrAnswers() {
        String firmA = Links.tenant();
        String firmB = Links.tenant();
        given().header("Authorization", AdviserTokens.bearer(firmA, "a-1", "admin")).contentType(ContentType.JSON)
                .body("""
                        {"title":{"nl":"Eigen vragenlijst"},"sections":[{"id":"s","questions":[
                          {"id":"nps","type":"NPS","required":true,"text":{"nl":"Aanbevelen?"}}]}]}""")
                .put("/api/v1/surveys/firm-a-only").then().statusCode(201);
        given().get("/s/" + Links.valid(firmA, "c-1", "firm-a-only", "k")).then().statusCode(200);
        // The same survey id signed for another firm: that firm has no such survey.
        given().get("/s/" + Links.valid(firmB, "c-1", "firm-a-only", "k")).then().statusCode(404);

        // Firm A's client saves a draft; firm B's link with the same client, campaign and send sees nothing of it.
        SurveyLink linkA = new SurveyLink(firmA, "shared-client", "client-satisfaction", "k", "s-1",
                Instant.now().plus(Duration.ofDays(1)));
        SurveyLink linkB = new SurveyLink(firmB, "shared-client", "client-satisfaction", "k", "s-1",
                linkA.expiresAt());
        SentInvitations.announce(linkA);
        SentInvitations.announce(linkB);
        given().formParam("q.nps-reason", "Heel persoonlijk contact").formParam("action", "save")
                .post("/s/" + Links.token(linkA)).then().statusCode(200);
        assertThat(given().get("/s/" + Links.token(linkB)).then().statusCode(200)
                .extract().asString()).doesNotContain("Heel persoonlijk contact");
    }
}
