package nl.nazorg.signal;

import static nl.nazorg.security.token.RoleMatrixRow.firm;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.RoleMatrixRow;
import nl.nazorg.signal.support.PlatformTopicsResource;

/**
 * portfolio-signal-service's rows of the role matrix (adviser-security README): the worklist is the firm's advisers'
 * and admins'; the platform-wide market-rate tables only the platform's rate feed changes, not even a firm's admin.
 * Each row is tried with an adviser, an admin and a platform token.
 */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class RoleMatrixTest {

    @TestHTTPResource("/")
    URI base;

    private static final String TENANT = "roles-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SIGNAL = "/api/v1/signals/" + UUID.randomUUID();
    private static final String JSON = "application/json";

    static Stream<RoleMatrixRow> matrix() {
        return Stream.of(
                firm("GET", "/api/v1/signals", 200),
                firm("GET", "/api/v1/signals/summary", 200),
                firm("GET", SIGNAL, 404),
                firm("PATCH", SIGNAL, 404).withBody(JSON, "{\"status\": \"DONE\"}"),
                firm("GET", "/api/v1/clients/no-such-client/signals", 404),
                // A lender no client has: the accepted upload changes no firm's signals.
                new RoleMatrixRow("PUT", "/api/v1/market-rates/ROLESBANK", JSON, """
                        {"lenderName": "Roles Bank", "validFrom": "2026-03-01",
                         "rates": [{"fixedRatePeriodYears": 10, "riskClass": "NHG", "rate": 3.5}]}""",
                        202, Set.of(Roles.PLATFORM_RATES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsWhatTheMatrixSays(RoleMatrixRow row) {
        row.check(base, TENANT);
    }
}
