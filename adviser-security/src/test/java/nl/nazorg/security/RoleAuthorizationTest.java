package nl.nazorg.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.nazorg.security.token.AdviserTokens;

/** Roles from the groups claim, the caller's tenant from tenant_id, and deny by default. */
@QuarkusTest
class RoleAuthorizationTest {

    @Test
    void adviserSeesTheTenantAndSubjectOfTheToken() {
        given().auth().oauth2(AdviserTokens.issue("hypotheekhuis-utrecht", "adviser-42", Roles.ADVISER))
                .when().get("/guarded/adviser")
                .then().statusCode(200)
                .body("tenantId", equalTo("hypotheekhuis-utrecht"))
                .body("adviserId", equalTo("adviser-42"));
    }

    @Test
    void adviserIsForbiddenFromAnAdminEndpoint() {
        given().auth().oauth2(AdviserTokens.issue("tenant-a", "adviser-1", Roles.ADVISER))
                .when().get("/guarded/admin")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("instance", equalTo("/guarded/admin"));
    }

    @Test
    void tokenWithoutRolesIsForbidden() {
        given().auth().oauth2(AdviserTokens.issue("tenant-a", "client-portal"))
                .when().get("/guarded/adviser")
                .then().statusCode(403);
    }

    @Test
    void adminReachesTheAdminEndpoint() {
        given().auth().oauth2(AdviserTokens.issue("tenant-b", "admin-1", Roles.ADMIN))
                .when().get("/guarded/admin")
                .then().statusCode(200).body("tenantId", equalTo("tenant-b"));
    }

    @Test
    void unannotatedEndpointIsDeniedWithoutToken() {
        given().when().get("/guarded/unannotated")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unannotatedEndpointIsDeniedEvenToAnAdmin() {
        given().auth().oauth2(AdviserTokens.issue("tenant-a", "admin-1", Roles.ADMIN, Roles.ADVISER))
                .when().get("/guarded/unannotated")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void permitAllEndpointNeedsNoToken() {
        given().when().get("/guarded/public")
                .then().statusCode(200).body(equalTo("public"));
    }

    @Test
    void callerTenantOnAPublicEndpointIsUnauthorized() {
        given().when().get("/guarded/public/caller")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
