package nl.nazorg.client.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Clients entered through the REST API, as an adviser of the token's firm would. */
public final class ClientFiles {

    private ClientFiles() {
    }

    /** Creates the standard test client ({@link ClientJson#newClient}); answers its id. */
    public static String create(String token, String reference, String email) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(ClientJson.newClient(reference, email))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }
}
