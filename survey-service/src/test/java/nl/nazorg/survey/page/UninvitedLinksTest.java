package nl.nazorg.survey.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.nazorg.events.Topics;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.SentInvitations;
import nl.nazorg.survey.support.TopicRecords;

/**
 * Issue 14, finding 2: whoever holds the link secret can sign a link for any client of any firm. A correctly signed
 * link opens only when campaign-service sent its invitation (tenant, send, client, survey and campaign all equal);
 * every other one gets the neutral page of an unknown link and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class UninvitedLinksTest {

    private static final String SURVEY = "annual-aftercare-scan";
    private static final String CAMPAIGN = "campaign-scan";

    @Test
    void aCorrectlySignedLinkForAnotherFirmsClientWithoutInvitationIsAnUnknownLinkAndChangesNothing() {
        String neutral = given().get("/s/garbage").then().statusCode(404).extract().asString();
        String victimFirm = Links.tenant();
        String victim = "client-" + UUID.randomUUID();

        // Signed by hand with the real key, as with a leaked secret: no invitation was ever sent for it.
        String forged = Links.token(link(victimFirm, victim, SURVEY, CAMPAIGN, "send-" + UUID.randomUUID()));
        assertThat(given().get("/s/" + forged).then().statusCode(404).extract().asString()).isEqualTo(neutral);
        assertThat(answers("attacker@example.org").formParam("action", "submit").post("/s/" + forged)
                .then().statusCode(404).extract().asString()).isEqualTo(neutral);
        assertThat(answers("attacker@example.org").formParam("action", "save").post("/s/" + forged)
                .then().statusCode(404).extract().asString()).isEqualTo(neutral);

        // The firm's own client, invited, answers after the forgery: its change request is published, the victim's not.
        String invitedClient = "client-" + UUID.randomUUID();
        SurveyLink invited = link(victimFirm, invitedClient, SURVEY, CAMPAIGN, "send-" + UUID.randomUUID());
        SentInvitations.announce(invited);
        answers("nieuw@example.nl").formParam("action", "submit").post("/s/" + Links.token(invited))
                .then().statusCode(200);
        TopicRecords.awaitFor(Topics.PROFILE_CHANGE_REQUESTS, invitedClient, 1);

        assertThat(TopicRecords.all(Topics.PROFILE_CHANGE_REQUESTS, r -> victim.equals(r.key()))).isEmpty();
        assertThat(TopicRecords.all(Topics.SURVEY_RESPONSES, r -> victim.equals(r.key()))).isEmpty();
        assertThat(responses(victimFirm, victim)).isZero();
    }

    @Test
    void aLinkThatDiffersFromItsInvitationInTenantClientSurveyOrCampaignIsAnUnknownLink() {
        String neutral = given().get("/s/garbage").then().statusCode(404).extract().asString();
        String firm = Links.tenant();
        String client = "client-" + UUID.randomUUID();
        String send = "send-" + UUID.randomUUID();
        SurveyLink invited = link(firm, client, SURVEY, CAMPAIGN, send);
        SentInvitations.announce(invited);

        List<SurveyLink> unlike = List.of(
                link(Links.tenant(), client, SURVEY, CAMPAIGN, send),
                link(firm, "client-" + UUID.randomUUID(), SURVEY, CAMPAIGN, send),
                link(firm, client, "client-satisfaction", CAMPAIGN, send),
                link(firm, client, SURVEY, "another-campaign", send),
                link(firm, client, SURVEY, null, send),
                link(firm, client, SURVEY, CAMPAIGN, null));
        for (SurveyLink link : unlike) {
            String page = "/s/" + Links.token(link);
            assertThat(given().get(page).then().statusCode(404).extract().asString()).as(link.toString())
                    .isEqualTo(neutral);
            assertThat(answers("attacker@example.org").formParam("action", "submit").post(page)
                    .then().statusCode(404).extract().asString()).as(link.toString()).isEqualTo(neutral);
        }
        assertThat(responses(firm, client)).isZero();

        // The link of the invitation itself opens.
        given().get("/s/" + Links.token(invited)).then().statusCode(200);
    }

    private static SurveyLink link(String tenant, String client, String survey, String campaign, String send) {
        return new SurveyLink(tenant, client, survey, campaign, send, Instant.now().plus(Duration.ofDays(30)));
    }

    /** Complete, valid answers to the annual scan with a new e-mail address. */
    private static RequestSpecification answers(String newEmail) {
        return given().formParam("q.wishes", "LOWER_HOUSING_COSTS").formParam("q.household-change", "NO")
                .formParam("q.income-change", "LOWER").formParam("q.new-email", newEmail);
    }

    private static long responses(String tenant, String client) {
        try (Connection connection = NazorgTestInfrastructure.dataSource("survey").getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM survey_response WHERE tenant_id = ? AND client_id = ?")) {
            statement.setString(1, tenant);
            statement.setString(2, client);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
