package nl.nazorg.client.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.nazorg.client.support.ClientFiles;
import nl.nazorg.client.support.ClientJson;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * A request that loses the race with a concurrent change of the same client (another adviser, or the client's own
 * change through a survey) is answered 409 with a problem detail, never 500; an erasure waits for the change and
 * erases the client with it.
 * The race is made deterministic: a second database session changes the client and holds its row lock until the
 * request has read the client and waits to write it.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ConcurrentChangeTest {

    private final String tenant = "firm-" + UUID.randomUUID().toString().substring(0, 8);
    private final String token = Tokens.adviser(tenant);

    @Test
    void aReplacementThatLosesTheRaceIsAConflictAndChangesNothing() throws Exception {
        String id = create("RACE-1", "anna@example.nl");

        Response answer = whileAnotherChangeHoldsTheClient(id, () -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(ClientJson.profile("RACE-1", "anna@new.example.nl"))
                .put("/api/v1/clients/" + id));

        answer.then().statusCode(409).contentType("application/problem+json")
                .body("status", is(409)).body("detail", containsString("changed by someone else"));
        given().auth().oauth2(token).get("/api/v1/clients/" + id)
                .then().statusCode(200).body("email", is("anna@example.nl"));
    }

    @Test
    void anErasureWaitsForTheConcurrentChangeAndErasesTheClient() throws Exception {
        String id = create("RACE-2", "bram@example.nl");

        Response answer = whileAnotherChangeHoldsTheClient(id, () -> given().auth().oauth2(Tokens.admin(tenant))
                .delete("/api/v1/clients/" + id));

        answer.then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/clients/" + id).then().statusCode(404);
    }

    /**
     * Changes the client's row version in a transaction of its own, sends the request, waits until the request is
     * blocked on the row lock, then commits: a request that read the client before it locked it now writes against
     * a newer row.
     */
    private static Response whileAnotherChangeHoldsTheClient(String id, Supplier<Response> request) throws Exception {
        try (Connection other = NazorgTestInfrastructure.dataSource("client").getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement change = other.prepareStatement(
                    "UPDATE client SET row_version = row_version + 1 WHERE id = ?")) {
                change.setString(1, id);
                assertThat(change.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Response> answer = CompletableFuture.supplyAsync(request);
            await().atMost(NazorgTestInfrastructure.defaultTimeout()).until(ConcurrentChangeTest::aSessionWaitsForALock);
            other.commit();
            return answer.get();
        }
    }

    private static boolean aSessionWaitsForALock() throws Exception {
        try (Connection connection = NazorgTestInfrastructure.dataSource("client").getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                             + "AND wait_event_type = 'Lock' AND query ILIKE '%client%'");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getInt(1) > 0;
        }
    }

    private String create(String reference, String email) {
        return ClientFiles.create(token, reference, email);
    }
}
