package nl.nazorg.client.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.client.ProfileChangeSource;
import nl.nazorg.events.client.ProfileField;

/** A client's contact-detail change as survey-service requests it, and the adviser's worklist that holds it. */
public final class ContactChanges {

    private ContactChanges() {
    }

    /** Publishes a survey's change request for the client, as survey-service does. */
    public static void requestFromSurvey(String tenant, String clientId, String responseId,
                                         Map<ProfileField, String> changes) {
        TopicWriter.publish(new ProfileChangeRequested(UUID.randomUUID().toString(), tenant, clientId,
                ProfileChangeSource.SURVEY, "annual-scan", responseId, changes, Instant.now()));
    }

    /** Waits (bounded) until the client's change is on the adviser's worklist; answers its id. */
    public static String awaitPending(String token, String clientId) {
        List<String> ids = await().atMost(Duration.ofSeconds(30)).until(() -> pending(token, clientId)
                .extract().<List<String>>path("items.id"), found -> !found.isEmpty());
        return ids.get(0);
    }

    public static ValidatableResponse pending(String token, String clientId) {
        return given().auth().oauth2(token).get("/api/v1/contact-changes?status=PENDING&client=" + clientId)
                .then().statusCode(200);
    }

    public static ValidatableResponse decide(String token, String changeId, String decision) {
        return given().auth().oauth2(token).post("/api/v1/contact-changes/" + changeId + "/" + decision).then();
    }
}
