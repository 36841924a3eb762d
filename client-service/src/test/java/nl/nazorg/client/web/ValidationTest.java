package nl.nazorg.client.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.nazorg.client.support.ClientJson;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** Input that the contracts or the law would not accept is refused with an RFC 9457 problem naming the field. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ValidationTest {

    private final String token = Tokens.adviser("val-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void aMalformedEmailIsNamed() {
        post(ClientJson.newClient("V-1", "not-an-address")).statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:nazorg:problem:validation"))
                .body("errors.field", hasItem(containsString("email")));
    }

    @Test
    void aLineBreakInANameIsRefused() {
        String body = ClientJson.newClient("V-2", "v2@example.nl").replace("\"lastName\": \"Berg\"",
                "\"lastName\": \"Berg\\r\\nBcc: all@example.nl\"");
        post(body).statusCode(400).body("errors.field", hasItem(containsString("lastName")));
    }

    @Test
    void aPhoneNumberMustBeInternational() {
        post(ClientJson.newClient("V-3", "v3@example.nl").replace("+31612345678", "06-12345678")).statusCode(400)
                .body("errors.field", hasItem(containsString("phone")));
    }

    @Test
    void aFixedRatePeriodEndingAfterTheTermIsRefused() {
        post(ClientJson.newClient("V-4", "v4@example.nl").replace("\"2029-06-01\"", "\"2050-06-01\""))
                .statusCode(400).body("errors.field", hasItem(containsString("mortgages[0]")));
    }

    @Test
    void negativeMoneyAndRatesOutOfRangeAreRefused() {
        post(ClientJson.newClient("V-5", "v5@example.nl").replace("\"monthlyPremium\": 24.5",
                "\"monthlyPremium\": -1")).statusCode(400)
                .body("errors.field", hasItem(containsString("monthlyPremium")));
        post(ClientJson.newClient("V-6", "v6@example.nl").replace("\"interestRate\": 4.85",
                "\"interestRate\": 21")).statusCode(400)
                .body("errors.field", hasItem(containsString("interestRate")));
        post(ClientJson.newClient("V-7", "v7@example.nl").replace("\"marketValue\": 425000.00",
                "\"marketValue\": 425000.001")).statusCode(400)
                .body("errors.field", hasItem(containsString("marketValue")));
    }

    @Test
    void anUnknownPropertyIsRefused() {
        post(ClientJson.newClient("V-8", "v8@example.nl").replace("\"salutation\": \"MR\",",
                "\"salutation\": \"MR\", \"shoeSize\": 44,")).statusCode(400)
                .body("type", is("urn:nazorg:problem:unknown-property"))
                .body("errors.field", hasItem(containsString("shoeSize")));
    }

    @Test
    void anOversizedJsonBodyIsRefusedWith413() {
        String padding = "x".repeat(300 * 1024);
        post("{\"profile\": {\"name\": {\"lastName\": \"" + padding + "\"}}}").statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aDuplicateExternalReferenceIsAConflict() {
        post(ClientJson.newClient("V-9", "v9@example.nl")).statusCode(201);
        post(ClientJson.newClient("V-9", "v9b@example.nl")).statusCode(409);
    }

    private ValidatableResponse post(String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/clients").then();
    }
}
