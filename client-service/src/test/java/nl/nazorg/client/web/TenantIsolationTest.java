package nl.nazorg.client.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.nazorg.client.support.ClientFiles;
import nl.nazorg.client.support.ClientJson;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** Every endpoint with a client id answers another firm's admin (who may call each) with a 404, and changes nothing. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class TenantIsolationTest {

    private final String owner = Tokens.adviser("owner-" + UUID.randomUUID().toString().substring(0, 8));
    private final String intruder = Tokens.admin("intruder-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void anotherFirmsClientIdIsNotFoundOnEveryEndpoint() {
        String id = ClientFiles.create(owner, "ISO-1", "iso@example.nl");
        String arrearsId = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body("{\"missedPaymentDate\": \"2026-01-01\", \"amount\": 950.00, \"resolved\": false}")
                .post("/api/v1/clients/" + id + "/arrears").then().statusCode(200)
                .extract().path("paymentArrears[0].arrearsId");
        String base = "/api/v1/clients/" + id;

        as(intruder).get(base).then().statusCode(404).body("status", is(404));
        as(intruder).body(ClientJson.profile("ISO-1", "evil@example.nl")).put(base).then().statusCode(404);
        as(intruder).get(base + "/portfolio").then().statusCode(404);
        as(intruder).body(ClientJson.portfolio()).put(base + "/portfolio").then().statusCode(404);
        as(intruder).body("{\"status\": \"WITHDRAWN\", \"source\": \"adviser\"}").post(base + "/consent")
                .then().statusCode(404);
        as(intruder).get(base + "/consent/history").then().statusCode(404);
        as(intruder).get(base + "/profile-changes").then().statusCode(404);
        as(intruder).body("{\"missedPaymentDate\": \"2026-01-01\", \"amount\": 1.00, \"resolved\": false}")
                .post(base + "/arrears").then().statusCode(404);
        as(intruder).body("{\"resolvedDate\": \"2026-02-01\"}").put(base + "/arrears/" + arrearsId + "/resolution")
                .then().statusCode(404);
        as(intruder).delete(base).then().statusCode(404);
        as(intruder).get("/api/v1/clients?externalReference=ISO-1").then().statusCode(200).body("total", is(0));
        as(intruder).accept("text/csv").get("/api/v1/clients/export").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("ISO-1")));

        as(owner).get(base).then().statusCode(200).body("email", is("iso@example.nl")).body("version", is(2))
                .body("marketingEmailConsent.status", is("NOT_GIVEN"));
    }

    @Test
    void withoutATokenEveryEndpointIsRefused() {
        given().get("/api/v1/clients").then().statusCode(401);
        given().get("/api/v1/clients/any").then().statusCode(401);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
