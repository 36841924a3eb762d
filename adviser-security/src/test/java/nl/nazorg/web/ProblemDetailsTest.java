package nl.nazorg.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.security.fixture.RegistrationResource;

/** Every refused request answers with an RFC 9457 problem that tells the client what to fix. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @TestHTTPResource("/registrations")
    URL registrations;

    @TestHTTPResource("/registrations/import")
    URL csvImport;

    @Test
    void unknownPropertyIsRefusedByName() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Jansen\",\"email\":\"jan@example.nl\",\"nickname\":\"Jan\"}")
                .when().post("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(ProblemTypes.UNKNOWN_PROPERTY))
                .body("status", equalTo(400))
                .body("detail", containsString("'nickname'"))
                .body("errors.field", contains("nickname"))
                .body("instance", equalTo("/registrations"));
    }

    @Test
    void unknownNestedPropertyIsNamedWithItsPath() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Jansen\",\"children\":[{\"firstName\":\"Sem\",\"birthDate\":\"2010-04-01\","
                        + "\"shoeSize\":38}]}")
                .when().post("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("children[0].shoeSize"));
    }

    @Test
    void validationErrorNamesTheFieldAndItsMessage() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Jansen\",\"email\":\"not-an-address\"}")
                .when().post("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", not(equalTo("")))
                .body("detail", containsString("'email'"))
                // The submitted value may be personal data: it is never echoed.
                .body(not(containsString("not-an-address")));
    }

    @Test
    void nestedValidationErrorsAreNamedWithTheirPath() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"children\":[{\"firstName\":\"Sem\",\"birthDate\":\"2010-04-01\"},"
                        + "{\"firstName\":\"\",\"birthDate\":\"2999-01-01\"}]}")
                .when().post("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("children[1].birthDate", "children[1].firstName", "name"));
    }

    @Test
    void missingBodyIsAValidationError() {
        given().contentType(ContentType.JSON)
                .when().post("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("registration"));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().queryParam("size", 500)
                .when().get("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("size"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"Jansen\",")
                .when().post("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(ProblemTypes.MALFORMED_JSON));
    }

    @Test
    void valueOfTheWrongTypeIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Jansen\",\"children\":[{\"firstName\":\"Sem\",\"birthDate\":\"yesterday\"}]}")
                .when().post("/registrations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(ProblemTypes.MALFORMED_JSON))
                .body("errors.field", contains("children[0].birthDate"))
                .body(not(containsString("yesterday")));
    }

    @Test
    void oversizedBodyIsRefused() {
        String twoMegabytes = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().contentType(ContentType.JSON)
                .body(twoMegabytes)
                .when().post("/registrations")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413))
                .body("title", equalTo("Request Entity Too Large"))
                .body("instance", equalTo("/registrations"));
    }

    @Test
    void jsonBodyOverItsOwnLimitIsRefusedByItsLength() {
        // 300 KiB: under the service-wide 1 MB, over the 256 KiB of every API body.
        given().contentType(ContentType.JSON)
                .body(registrationNamed(300 * 1024))
                .when().post("/registrations")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("256 KiB"));
    }

    @Test
    void oversizedChunkedBodyIsRefusedAsItArrivesWithAProblem() throws Exception {
        int registeredBefore = RegistrationResource.REGISTERED.get();

        HttpResponse<String> response = postChunked(registrations, "application/json",
                registrationNamed(5 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.body()).contains("\"status\":413").contains("256 KiB");
        assertThat(RegistrationResource.REGISTERED.get()).isEqualTo(registeredBefore);
    }

    @Test
    void chunkedBodyUnderTheLimitIsAccepted() throws Exception {
        HttpResponse<String> response = postChunked(registrations, "application/json", registrationNamed(100 * 1024));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"xxxx");
    }

    @Test
    void bodyUnderTheLimitIsAccepted() {
        given().contentType(ContentType.TEXT)
                .body("x".repeat(200 * 1024))
                .when().post("/registrations/raw")
                .then().statusCode(200).body("length", equalTo(200 * 1024));
    }

    @Test
    void fileImportMayUseTheServiceWideLimit() throws Exception {
        // 600 KiB of CSV: over the API limit, under quarkus.http.limits.max-body-size (1 MB), chunked or not.
        String csv = "name\n" + "x".repeat(600 * 1024);
        given().contentType("text/csv").body(csv)
                .when().post("/registrations/import")
                .then().statusCode(200).body("length", equalTo(csv.length()));

        HttpResponse<String> chunked = postChunked(csvImport, "text/csv", csv);
        assertThat(chunked.statusCode()).isEqualTo(200);
    }

    @Test
    void fileImportOverTheServiceWideLimitIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> response = postChunked(csvImport, "text/csv", "name\n" + "x".repeat(3 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    }

    private static String registrationNamed(int nameLength) {
        return "{\"name\":\"" + "x".repeat(nameLength) + "\"}";
    }

    /** A POST without Content-Length: the JDK client streams an InputStream body with chunked encoding. */
    private static HttpResponse<String> postChunked(URL target, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target.toURI())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notFoundNeverTellsWhy() {
        given().when().get("/registrations/r-123")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("The requested resource does not exist."))
                .body(not(containsString("another tenant")));
    }

    @Test
    void clientErrorKeepsTheServicesMessage() {
        given().when().get("/registrations/conflict")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("The period must start before it ends"));
    }

    @Test
    void wrongMethodIsAProblemToo() {
        given().when().delete("/registrations")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Method Not Allowed"));
    }
}
