package nl.nazorg.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.nazorg.security.token.AdviserTokens;
import nl.nazorg.security.token.LocalSigningKey;
import nl.nazorg.security.token.TokenSpec;

/** Every way a bearer token can be wrong ends in the same 401 problem with a Bearer challenge. */
@QuarkusTest
class TokenAuthenticationTest {

    private static final String ADVISER_API = "/guarded/adviser";

    private final TokenSpec valid = TokenSpec.adviser("tenant-a", "adviser-1", Roles.ADVISER);

    @Test
    void noTokenIsRefused() {
        expectUnauthorized(given().when().get(ADVISER_API).then());
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        expectInvalidToken(AdviserTokens.issue(valid.withIssuer("https://idp.elsewhere.example/realms/other")));
    }

    @Test
    void expiredTokenIsRefused() {
        // Expired an hour ago: well past the 60 seconds of clock skew smallrye-jwt allows.
        expectInvalidToken(AdviserTokens.issue(valid.withValidity(Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1))));
    }

    @Test
    void tokenForAnotherApplicationIsRefused() {
        expectInvalidToken(AdviserTokens.issue(valid.withAudience("mortgage-portal")));
    }

    @Test
    void tokenWithoutAudienceIsRefused() {
        expectInvalidToken(AdviserTokens.issue(valid.withoutAudience()));
    }

    @Test
    void tokenForTheAdviserApisIsAccepted() {
        assertThat(valid.audience()).isEqualTo(AdviserClaims.API_AUDIENCE);
        given().auth().oauth2(AdviserTokens.issue(valid))
                .when().get(ADVISER_API)
                .then().statusCode(200);
    }

    @Test
    void tokenIssuedTenMinutesInTheFutureIsRefused() {
        expectInvalidToken(AdviserTokens.issue(valid.withValidity(Instant.now().plus(Duration.ofMinutes(10)),
                Duration.ofHours(1))));
    }

    @Test
    void tokenIssuedWithinTheClockSkewIsAccepted() {
        // 30 s ahead: an identity provider whose clock runs a little fast, within the 60 s of clock skew.
        given().auth().oauth2(AdviserTokens.issue(valid.withValidity(Instant.now().plus(Duration.ofSeconds(30)),
                        Duration.ofHours(1))))
                .when().get(ADVISER_API)
                .then().statusCode(200);
    }

    @Test
    void unsignedTokenWithAlgNoneIsRefused() {
        String signed = AdviserTokens.issue(valid);
        String payload = signed.split("\\.")[1];
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        expectInvalidToken(header + "." + payload + ".");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() {
        LocalSigningKey otherKey = LocalSigningKey.inDirectory(Path.of("target", "test-keys", "intruder"));
        expectInvalidToken(otherKey.issue(valid));
    }

    @Test
    void tokenWithoutTenantIsRefused() {
        expectInvalidToken(AdviserTokens.issue(valid.withoutTenant()));
    }

    @Test
    void tokenWithMalformedTenantIsRefused() {
        expectInvalidToken(AdviserTokens.issue(valid.withTenant("tenant a\r\nX-Injected: yes")));
    }

    @Test
    void garbageTokenIsRefused() {
        expectInvalidToken("not-a-jwt");
    }

    @Test
    void validTokenIsAccepted() {
        given().auth().oauth2(AdviserTokens.issue(valid))
                .when().get(ADVISER_API)
                .then().statusCode(200).body("tenantId", equalTo("tenant-a"));
    }

    private static void expectInvalidToken(String token) {
        expectUnauthorized(given().auth().oauth2(token).when().get(ADVISER_API).then());
    }

    private static void expectUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo(ADVISER_API));
        // RFC 6750: exactly one Bearer challenge, whichever layer refused the request.
        assertThat(response.extract().headers().getValues("WWW-Authenticate")).containsExactly("Bearer");
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
