package nl.nazorg.survey.definition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.nazorg.events.Topics;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.AdviserTokens;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.TopicRecords;

/** Advisers manage the firm's surveys; every save is a new version and responses keep theirs. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class SurveyManagementTest {

    private static final String SHORT_NPS = """
            {"title":{"nl":"Kort","en":"Short"},"sections":[{"id":"s","questions":[
              {"id":"nps","type":"NPS","required":true,"text":{"nl":"Aanbevelen?","en":"Recommend?"}},
              {"id":"reason","type":"TEXT","text":{"nl":"Waarom?"}}]}]}""";

    /** The firm's admin: saving survey definitions is the admin's (RoleMatrixTest), reading them everyone's. */
    private static RequestSpecification as(String tenant) {
        return given().header("Authorization", AdviserTokens.bearer(tenant, "admin-1", "admin"));
    }

    @Test
    void theStandardSurveysAreThereForEveryFirm() {
        as(Links.tenant()).get("/api/v1/surveys").then().statusCode(200)
                .body("id", hasItems("annual-aftercare-scan", "mortgage-scan", "client-satisfaction"))
                .body("find { it.id == 'annual-aftercare-scan' }.version", is(1));
        as(Links.tenant()).get("/api/v1/surveys/client-satisfaction/versions/1").then().statusCode(200)
                .body("sections.questions.flatten().type", hasItem("NPS"));
    }

    @Test
    void anInvalidDefinitionIsRefusedNamingTheFields() {
        as(Links.tenant()).contentType(ContentType.JSON).body("""
                        {"title":{"nl":"Fout"},"sections":[{"id":"s","questions":[
                          {"id":"q","type":"SINGLE_CHOICE","text":{"nl":"Keuze"},"choices":[]}]}]}""")
                .put("/api/v1/surveys/broken").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sections[0].questions[0].choices"));
        as(Links.tenant()).contentType(ContentType.JSON).body("{\"title\":{\"nl\":\"x\"},\"colour\":\"red\"}")
                .put("/api/v1/surveys/broken").then().statusCode(400);
        given().contentType(ContentType.JSON).body(SHORT_NPS).put("/api/v1/surveys/anonymous").then().statusCode(401);
    }

    @Test
    void savesAreVersionsAndAResponseKeepsTheVersionItStartedOn() {
        String tenant = Links.tenant();
        as(tenant).contentType(ContentType.JSON).body(SHORT_NPS).put("/api/v1/surveys/short-nps")
                .then().statusCode(201).body("version", is(1)).body("id", is("short-nps"));
        String page = "/s/" + Links.valid(tenant, "client-v", "short-nps", "k-v");
        given().formParam("q.reason", "Snel geholpen").formParam("action", "save").post(page).then().statusCode(200);

        // Version 2 makes the reason required and adds a question; the draft stays on version 1.
        as(tenant).contentType(ContentType.JSON).body(SHORT_NPS.replace("\"Waarom?\"}", "\"Waarom?\"},\"required\":true")
                        .replace("]}]}", ",{\"id\":\"again\",\"type\":\"SINGLE_CHOICE\",\"required\":true,"
                                + "\"text\":{\"nl\":\"Nog eens?\"},\"choices\":[{\"code\":\"YES\",\"label\":{\"nl\":\"Ja\"}},"
                                + "{\"code\":\"NO\",\"label\":{\"nl\":\"Nee\"}}]}]}]}"))
                .put("/api/v1/surveys/short-nps").then().statusCode(201).body("version", is(2));
        as(tenant).get("/api/v1/surveys/short-nps").then().statusCode(200).body("version", is(2));
        as(tenant).get("/api/v1/surveys/short-nps/versions/1").then().statusCode(200)
                .body("sections[0].questions.size()", is(2));
        given().get(page).then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("Nog eens?")));

        given().formParam("q.nps", "8").formParam("action", "submit").post(page).then().statusCode(200);
        JsonNode event = EventJson.readTree(TopicRecords.awaitFor(Topics.SURVEY_RESPONSES, "client-v", 1).stream()
                .filter(r -> tenant.equals(TopicRecords.header(r, "ce_tenantid"))).findFirst().orElseThrow().value());
        assertThat(event.path("surveyVersion").asInt()).isEqualTo(1);
        assertThat(event.path("npsScore").asInt()).isEqualTo(8);

        // A new link gets the newest version.
        given().get("/s/" + Links.valid(tenant, "client-w", "short-nps", "k-v")).then().statusCode(200)
                .body(containsString("Nog eens?"));
    }

    @Test
    void anotherFirmsSurveyIsNotFound() {
        String owner = Links.tenant();
        as(owner).contentType(ContentType.JSON).body(SHORT_NPS).put("/api/v1/surveys/private-survey")
                .then().statusCode(201);
        as(Links.tenant()).get("/api/v1/surveys/private-survey").then().statusCode(404);
        as(Links.tenant()).get("/api/v1/surveys/private-survey/versions/1").then().statusCode(404);
    }
}
