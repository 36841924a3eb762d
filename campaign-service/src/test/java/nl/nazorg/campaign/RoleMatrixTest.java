package nl.nazorg.campaign;

import static nl.nazorg.security.token.RoleMatrixRow.adminOnly;
import static nl.nazorg.security.token.RoleMatrixRow.firm;

import java.net.URI;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.RoleMatrixRow;

/**
 * campaign-service's rows of the role matrix (adviser-security README): creating campaigns and creating or changing
 * templates is the admin's; reading, previewing, launching, pausing and resuming a campaign an admin created, and
 * deciding on REVIEW sends, is the firm's advisers' too. Each row is tried with an adviser, an admin and a platform
 * token; unknown ids keep most rows free of side effects (authorization comes before the lookup).
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class RoleMatrixTest {

    @TestHTTPResource("/")
    URI base;

    private static final String TENANT = Fixtures.unique("roles");
    private static final String CAMPAIGN = "/api/v1/campaigns/" + UUID.randomUUID();
    private static final String TEMPLATE = "/api/v1/templates/" + UUID.randomUUID();
    private static final String JSON = "application/json";
    private static final String TEMPLATE_BODY = """
            {"name": "Rollen", "subjectNl": "Hallo {firstName}", "bodyNl": "{greeting}"}""";

    static Stream<RoleMatrixRow> matrix() {
        return Stream.of(
                firm("GET", "/api/v1/campaigns", 200),
                firm("GET", CAMPAIGN, 404),
                firm("POST", CAMPAIGN + "/pause", 404),
                firm("POST", CAMPAIGN + "/resume", 404),
                firm("POST", CAMPAIGN + "/preview", 404),
                firm("POST", CAMPAIGN + "/launch", 404),
                firm("GET", CAMPAIGN + "/approvals", 404),
                firm("POST", CAMPAIGN + "/approvals", 404).withBody(JSON, "{\"verdict\": \"APPROVE\"}"),
                firm("GET", CAMPAIGN + "/stats", 404),
                firm("GET", "/api/v1/templates", 200),
                firm("GET", TEMPLATE, 404),
                adminOnly("POST", "/api/v1/campaigns", 201).withBody(JSON, """
                        {"name": "Rollen", "kind": "TRIGGERED", "mode": "AUTO", "signalTypes": ["BIRTHDAY"],
                         "templateId": "builtin:BIRTHDAY"}"""),
                adminOnly("POST", "/api/v1/templates", 201).withBody(JSON, TEMPLATE_BODY),
                adminOnly("PUT", TEMPLATE, 404).withBody(JSON, TEMPLATE_BODY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsWhatTheMatrixSays(RoleMatrixRow row) {
        row.check(base, TENANT);
    }
}
