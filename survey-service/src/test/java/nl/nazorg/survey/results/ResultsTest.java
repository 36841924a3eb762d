package nl.nazorg.survey.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.nazorg.events.ClientDates;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.AdviserTokens;
import nl.nazorg.survey.support.Links;

/** NPS and summaries over responses submitted through the page; always within the caller's firm. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class ResultsTest {

    private static RequestSpecification as(String tenant) {
        return given().header("Authorization", AdviserTokens.bearer(tenant, "adviser-1", "adviser"));
    }

    private static void answer(String tenant, String client, int score, String experience, String rating) {
        given().formParam("q.nps", Integer.toString(score)).formParam("q.survey-experience", experience)
                .formParam("q.aftercare-rating", rating).formParam("action", "submit")
                .post("/s/" + Links.valid(tenant, client, "client-satisfaction", "campaign-nps"))
                .then().statusCode(200);
    }

    @Test
    void npsOverTheBoundaryScoresAndAnEmptyPeriod() {
        String tenant = Links.tenant();
        answer(tenant, "c-6", 6, "EASY", "6");
        answer(tenant, "c-7", 7, "EASY", "7");
        answer(tenant, "c-8", 8, "OK", "8");
        answer(tenant, "c-9", 9, "TOO_LONG", "9,5");
        LocalDate today = LocalDate.now(ClientDates.ZONE);

        as(tenant).queryParam("from", today.toString()).queryParam("to", today.toString()).get("/api/v1/nps")
                .then().statusCode(200)
                .body("overall.responses", is(4)).body("overall.promoters", is(1)).body("overall.passives", is(2))
                .body("overall.detractors", is(1)).body("overall.score", is(0.0f))
                .body("perSurvey.client-satisfaction.responses", is(4))
                .body("monthly", hasSize(1));
        as(tenant).queryParam("from", "2020-01-01").queryParam("to", "2020-03-31").get("/api/v1/nps")
                .then().statusCode(200)
                .body("overall.responses", is(0)).body("overall.score", nullValue()).body("monthly", hasSize(3))
                .body("monthly[0].nps.score", nullValue());
        as(tenant).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/v1/nps")
                .then().statusCode(400);
        // Another firm sees none of it.
        as(Links.tenant()).get("/api/v1/nps").then().statusCode(200).body("overall.responses", is(0));

        as(tenant).get("/api/v1/surveys/client-satisfaction/summary").then().statusCode(200)
                .body("responses", is(4))
                .body("nps.score", is(0.0f))
                .body("questions.find { it.questionId == 'survey-experience' }.counts.EASY", is(2))
                .body("questions.find { it.questionId == 'survey-experience' }.counts.UNCLEAR", is(0))
                .body("questions.find { it.questionId == 'aftercare-rating' }.average", is(7.63f))
                .body("questions.find { it.questionId == 'nps' }.counts.9", is(1));
    }

    @Test
    void responsesPerClientAndSurveyAndAnotherFirmsResponseIsNotFound() {
        String tenant = Links.tenant();
        answer(tenant, "client-r", 10, "EASY", "9");
        String id = as(tenant).get("/api/v1/clients/client-r/survey-responses").then().statusCode(200)
                .body("", hasSize(1)).body("[0].npsScore", is(10)).body("[0].answers.survey-experience[0]", is("EASY"))
                .extract().path("[0].responseId");
        as(tenant).get("/api/v1/surveys/client-satisfaction/responses").then().statusCode(200).body("", hasSize(1));
        as(tenant).get("/api/v1/survey-responses/" + id).then().statusCode(200).body("clientId", is("client-r"));
        as(Links.tenant()).get("/api/v1/survey-responses/" + id).then().statusCode(404);
        as(Links.tenant()).get("/api/v1/clients/client-r/survey-responses").then().statusCode(200)
                .body("", hasSize(0));
        given().get("/api/v1/nps").then().statusCode(401);
    }
}
