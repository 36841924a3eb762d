package nl.nazorg.signal.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import nl.nazorg.security.PlatformOperator;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.AdviserTokens;

/** REST calls as an adviser or administrator of a firm, or as the platform's market-rate feed. */
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

    public static RequestSpecification as(String tenant, String... roles) {
        return given().auth().oauth2(AdviserTokens.issue(tenant, "adviser-1", roles));
    }

    /** The platform operator's market-rate feed: the only caller that may change the platform-wide rate tables. */
    public static RequestSpecification rateFeed() {
        return given().auth().oauth2(
                AdviserTokens.issue(PlatformOperator.TENANT, PlatformOperator.RATE_FEED, Roles.PLATFORM_RATES));
    }
}
