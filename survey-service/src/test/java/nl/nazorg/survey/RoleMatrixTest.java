package nl.nazorg.survey;

import static nl.nazorg.security.token.RoleMatrixRow.adminOnly;
import static nl.nazorg.security.token.RoleMatrixRow.firm;

import java.net.URI;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.RoleMatrixRow;
import nl.nazorg.survey.support.Links;

/**
 * survey-service's rows of the role matrix (adviser-security README): saving a survey definition and the firm's
 * settings are the admin's; reading definitions, results and the firm's name is the firm's advisers' too. Each row
 * is tried with an adviser, an admin and a platform token.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class RoleMatrixTest {

    @TestHTTPResource("/")
    URI base;

    private static final String TENANT = Links.tenant();
    private static final String JSON = "application/json";
    private static final String SURVEY = "/api/v1/surveys/client-satisfaction";

    static Stream<RoleMatrixRow> matrix() {
        return Stream.of(
                firm("GET", "/api/v1/surveys", 200),
                firm("GET", SURVEY, 200),
                firm("GET", SURVEY + "/versions/1", 200),
                firm("GET", SURVEY + "/summary", 200),
                firm("GET", SURVEY + "/responses", 200),
                firm("GET", "/api/v1/nps", 200),
                firm("GET", "/api/v1/response-rates", 200),
                firm("GET", "/api/v1/clients/no-such-client/survey-responses", 200),
                firm("GET", "/api/v1/survey-responses/no-such-response", 404),
                firm("GET", "/api/v1/firm", 404), // before the admin names the firm (the row below)
                adminOnly("PUT", "/api/v1/firm", 200).withBody(JSON, "{\"name\": \"Rollen Advies\"}"),
                adminOnly("PUT", "/api/v1/surveys/roles-survey", 201).withBody(JSON, """
                        {"title":{"nl":"Kort"},"sections":[{"id":"s","questions":[
                          {"id":"nps","type":"NPS","required":true,"text":{"nl":"Aanbevelen?"}}]}]}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsWhatTheMatrixSays(RoleMatrixRow row) {
        row.check(base, TENANT);
    }
}
