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

    /** A survey campaign to every client of the firm (a service e-mail, so no consent needed). @return its id */
    public static String surveyToEveryone(String tenantId) {
        return given().auth().oauth2(token(tenantId)).contentType(ContentType.JSON)
                .body(Map.of("name", "Iedereen", "kind", "SURVEY", "templateId", "builtin:SURVEY_SATISFACTION",
                        "messageClass", "SERVICE", "surveyId", "client-satisfaction"))
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    /** The firm's own template (Dutch only). @return its id */
    public static String template(String tenantId, String subject, String body) {
        return given().auth().oauth2(token(tenantId)).contentType(ContentType.JSON)
                .body(Map.of("name", "Eigen sjabloon", "subjectNl", subject, "bodyNl", body))
                .when().post("/api/v1/templates").then().statusCode(201).extract().path("id");
    }

    /** A newsletter (a selection without filter: MARKETING) to every client of the firm. @return its id */
    public static String newsletterToEveryone(String tenantId) {
        String template = template(tenantId, "Nieuws van {firm.name}", "{greeting}\n\nOns nieuws staat op {firm.website}.");
        return given().auth().oauth2(token(tenantId)).contentType(ContentType.JSON)
                .body(Map.of("name", "Nieuwsbrief", "kind", "SELECTION", "templateId", template))
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    /** Plans the campaign's sends now; the dispatcher sends them from here on. */
    public static void launch(String tenantId, String campaignId) {
        given().auth().oauth2(token(tenantId)).when().post("/api/v1/campaigns/" + campaignId + "/launch")
                .then().statusCode(200);
    }
}
