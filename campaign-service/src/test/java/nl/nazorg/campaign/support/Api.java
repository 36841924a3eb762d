package nl.nazorg.campaign.support;

import io.restassured.http.ContentType;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.AdviserTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** The adviser REST API as a front end calls it. */
public final class Api {

    private Api() {
    }

    /**
     * A token of the firm's admin, who may call every endpoint of the firm (creating templates and campaigns is the
     * admin's); what an adviser may do is {@code RoleMatrixTest}'s subject.
     */
    public static String token(String tenantId) {
        return AdviserTokens.issue(tenantId, "adviser-1", Roles.ADMIN);
    }

    /** @return the new campaign's id */
    public static String triggered(String tenantId, String templateId, String mode, String... signalTypes) {
        return given().auth().oauth2(token(tenantId)).contentType(ContentType.JSON)
                .body(Map.of("name", "Campagne " + String.join(",", signalTypes), "kind", "TRIGGERED", "mode", mode,
                        "signalTypes", signalTypes, "templateId", templateId))
                .when().post("/api/v1/campaigns")
                .then().statusCode(201)
                .extract().path("id");
    }
}
