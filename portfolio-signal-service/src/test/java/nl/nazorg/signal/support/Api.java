package nl.nazorg.signal.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.AdviserTokens;

/** REST calls as an adviser or administrator of a firm. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification adviser() {
        return as(Clients.TENANT, Roles.ADVISER);
    }

    public static RequestSpecification admin() {
        return as(Clients.TENANT, Roles.ADMIN);
    }

    /** Without a token. */
    public static io.restassured.response.Response get(String path) {
        return given().get(path);
    }

    public static RequestSpecification as(String tenant, String role) {
        return given().auth().oauth2(AdviserTokens.issue(tenant, "adviser-1", role));
    }
}
