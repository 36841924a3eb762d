package nl.nazorg.client.web;

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
import nl.nazorg.client.support.ClientJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.RoleMatrixRow;

/**
 * client-service's rows of the role matrix (adviser-security README): erasure, bulk import and bulk export are the
 * admin's; everything else is the firm's advisers' and admins'. Each row is tried with an adviser, an admin and a
 * platform token; unknown ids keep the rows free of side effects (authorization comes before the lookup).
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class RoleMatrixTest {

    @TestHTTPResource("/")
    URI base;

    private static final String TENANT = "roles-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String CLIENT = "/api/v1/clients/no-such-client";
    private static final String JSON = "application/json";

    static Stream<RoleMatrixRow> matrix() {
        return Stream.of(
                firm("GET", "/api/v1/clients", 200),
                firm("POST", "/api/v1/clients", 400).withBody(JSON, "{}"),
                firm("GET", CLIENT, 404),
                firm("PUT", CLIENT, 404).withBody(JSON, ClientJson.profile("ROLES-1", "role@example.nl")),
                firm("GET", CLIENT + "/profile-changes", 404),
                firm("GET", CLIENT + "/portfolio", 404),
                firm("PUT", CLIENT + "/portfolio", 404).withBody(JSON, ClientJson.portfolio()),
                firm("POST", CLIENT + "/consent", 404)
                        .withBody(JSON, "{\"status\": \"WITHDRAWN\", \"source\": \"adviser\"}"),
                firm("GET", CLIENT + "/consent/history", 404),
                firm("POST", CLIENT + "/arrears", 404)
                        .withBody(JSON, "{\"missedPaymentDate\": \"2026-01-01\", \"amount\": 1, \"resolved\": false}"),
                firm("PUT", CLIENT + "/arrears/no-such-arrears/resolution", 404)
                        .withBody(JSON, "{\"resolvedDate\": \"2026-02-01\"}"),
                firm("GET", "/api/v1/contact-changes?status=PENDING", 200),
                firm("POST", "/api/v1/contact-changes/" + UUID.randomUUID() + "/approve", 404),
                firm("POST", "/api/v1/contact-changes/" + UUID.randomUUID() + "/reject", 404),
                adminOnly("DELETE", CLIENT, 404),
                adminOnly("POST", "/api/v1/clients/import", 200).withBody("text/csv; charset=UTF-8", """
                        external_reference;last_name;first_name;email;date_of_birth
                        ROLES-2;Jansen;Jan;jan.roles@example.nl;1975-03-14
                        """),
                adminOnly("GET", "/api/v1/clients/export", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsWhatTheMatrixSays(RoleMatrixRow row) {
        row.check(base, TENANT);
    }
}
