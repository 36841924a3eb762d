package nl.nazorg.survey.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.AdviserTokens;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.TopicRecords;

/** A client fills in the annual aftercare scan over HTTP, as a browser without script would. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class ClientSurveyPageTest {

    private static final EventSchemaValidator SCHEMAS = EventSchemaValidator.create();

    @Test
    void aClientSavesContinuesFixesAnErrorAndSubmitsOnce() throws Exception {
        String tenant = Links.tenant();
        String client = "client-" + tenant;
        given().header("Authorization", AdviserTokens.bearer(tenant, "admin-1", "admin"))
                .contentType(ContentType.JSON).body("{\"name\":\"Hypotheekhuys Utrecht\"}")
                .put("/api/v1/firm").then().statusCode(200);
        String token = Links.valid(tenant, client, "annual-aftercare-scan", "campaign-annual");
        String page = "/s/" + token;

        // The page: Dutch, the firm's name, labelled fields, no script.
        String html = given().get(page).then().statusCode(200)
                .contentType("text/html").header("Referrer-Policy", "no-referrer")
                .extract().asString();
        assertThat(html).contains("<html lang=\"nl\">", "Hypotheekhuys Utrecht", "Jaarlijkse nazorgscan",
                "Lagere woonlasten", "<label for=\"q-wishes-LOWER_HOUSING_COSTS\">", "<legend>",
                "name=\"q.wishes\"", "method=\"post\"").doesNotContain("<script");

        // Save and continue later: nothing is required yet, the answers come back on the next visit.
        given().formParam("q.wishes", "LOWER_HOUSING_COSTS", "OTHER").formParam("q.other-wish", "Een tuinhuis")
                .formParam("action", "save").post(page)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Uw antwoorden zijn bewaard"));
        html = given().get(page).then().statusCode(200).extract().asString();
        assertThat(html).contains("value=\"LOWER_HOUSING_COSTS\" checked", "value=\"OTHER\" checked", "Een tuinhuis")
                .doesNotContain("value=\"LIVE_LARGER\" checked");

        // Submitting with a missing required answer and a bad e-mail: messages next to the fields, nothing sent.
        Response invalid = given().formParam("q.wishes", "LOWER_HOUSING_COSTS", "OTHER")
                .formParam("q.other-wish", "Een tuinhuis").formParam("q.household-change", "NO")
                .formParam("q.new-email", "jan-at-example").formParam("action", "submit").post(page);
        assertThat(invalid.statusCode()).isEqualTo(422);
        String errors = invalid.asString();
        assertThat(errors).contains("id=\"error-summary\"", "href=\"#q-income-change-HIGHER\"",
                "<p class=\"error\" id=\"q-income-change-error\"><span class=\"visually-hidden\">Fout: </span>Beantwoord deze vraag.",
                "<p class=\"error\" id=\"q-new-email-error\">", "Vul een geldig e-mailadres in",
                "aria-describedby=\"q-new-email-error\"", "value=\"jan-at-example\"");
        assertThat(errors).doesNotContain("id=\"q-household-change-error\"");

        // Corrected and submitted.
        given().formParam("q.wishes", "LOWER_HOUSING_COSTS", "OTHER").formParam("q.other-wish", "Een tuinhuis")
                .formParam("q.household-change", "NO").formParam("q.income-change", "LOWER")
                .formParam("q.planned-retirement", "01-07-2031").formParam("q.preferred-channel", "PHONE")
                .formParam("q.new-email", "Jan.Nieuw@example.nl").formParam("action", "submit").post(page)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Hartelijk dank"));

        // SurveyCompleted on the partner-facing topic: keyed by client, CloudEvents headers, schema-valid, no text.
        List<ConsumerRecord<String, byte[]>> completed = TopicRecords.awaitFor(Topics.SURVEY_RESPONSES, client, 1);
        ConsumerRecord<String, byte[]> record = completed.get(0);
        assertThat(TopicRecords.header(record, "ce_type")).isEqualTo(EventType.SURVEY_COMPLETED.ceType());
        assertThat(TopicRecords.header(record, "ce_tenantid")).isEqualTo(tenant);
        assertThat(TopicRecords.header(record, "ce_subject")).isEqualTo(client);
        assertThat(TopicRecords.header(record, "ce_id")).isNotBlank();
        assertThat(SCHEMAS.violations(EventType.SURVEY_COMPLETED, record.value())).isEmpty();
        JsonNode event = EventJson.readTree(record.value());
        assertThat(event.path("surveyId").asText()).isEqualTo("annual-aftercare-scan");
        assertThat(event.path("surveyVersion").asInt()).isEqualTo(1);
        assertThat(event.path("campaignId").asText()).isEqualTo("campaign-annual");
        assertThat(event.path("wishes").toString()).isEqualTo("[\"LOWER_HOUSING_COSTS\",\"OTHER\"]");
        assertThat(event.path("answers").path("income-change").path("choices").toString()).isEqualTo("[\"LOWER\"]");
        assertThat(event.path("answers").path("planned-retirement").path("date").asText()).isEqualTo("2031-07-01");
        assertThat(event.path("answers").has("other-wish")).as("free text stays here").isFalse();
        assertThat(event.path("changedProfileFields").toString())
                .isEqualTo("[\"EMAIL\",\"PREFERRED_CHANNEL\",\"PLANNED_RETIREMENT_DATE\"]");
        assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Jan.Nieuw", "tuinhuis");

        // The new values go to client-service only, on the personal-data topic.
        ConsumerRecord<String, byte[]> change = TopicRecords.awaitFor(Topics.PROFILE_CHANGE_REQUESTS, client, 1).get(0);
        assertThat(SCHEMAS.violations(EventType.PROFILE_CHANGE_REQUESTED, change.value())).isEmpty();
        JsonNode request = EventJson.readTree(change.value());
        assertThat(request.path("changes").path("EMAIL").asText()).isEqualTo("Jan.Nieuw@example.nl");
        assertThat(request.path("changes").path("PREFERRED_CHANNEL").asText()).isEqualTo("PHONE");
        assertThat(request.path("responseId").asText()).isEqualTo(event.path("responseId").asText());

        // A link submits once.
        given().formParam("q.wishes", "NO_CHANGES").formParam("action", "submit").post(page)
                .then().statusCode(409).body(org.hamcrest.Matchers.containsString("Al beantwoord"));
        given().get(page).then().statusCode(200).body(org.hamcrest.Matchers.containsString("Al beantwoord"));
        assertThat(TopicRecords.all(Topics.SURVEY_RESPONSES, r -> client.equals(r.key()))).hasSize(1);
    }

    @Test
    void thePageSpeaksEnglishWhenAskedAndOnlyAppliesConditionalQuestions() {
        String tenant = Links.tenant();
        String page = "/s/" + Links.valid(tenant, "client-en", "mortgage-scan", "campaign-m");
        String html = given().header("Accept-Language", "en-GB,en;q=0.9").get(page)
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<html lang=\"en\">", "Mortgage scan", "Your adviser",
                "Only answer this if you chose in the question above");

        // "SAME" income: the percentage question does not apply, so its text is neither checked nor kept.
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("lang", "en").formParam("q.plans-to-move", "NO").formParam("q.income-change", "SAME")
                .formParam("q.income-change-percent", "lots").formParam("q.interest-only-plan", "SAVINGS")
                .formParam("q.home-value", "€ 450.000").formParam("action", "submit").post(page)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Thank you"));
        JsonNode event = EventJson.readTree(
                TopicRecords.awaitFor(Topics.SURVEY_RESPONSES, "client-en", 1).stream()
                        .filter(r -> tenant.equals(TopicRecords.header(r, "ce_tenantid"))).findFirst().orElseThrow()
                        .value());
        assertThat(event.path("answers").has("income-change-percent")).isFalse();
        assertThat(event.path("answers").path("home-value").path("number").decimalValue())
                .isEqualByComparingTo("450000");
    }
}
