package nl.nazorg.client.contactchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.client.support.ClientFiles;
import nl.nazorg.client.support.ContactChanges;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * The adviser's decision on a contact-detail change a client asked for in a survey: a rejection leaves the file as it
 * was, another firm cannot see or decide it, an erasure takes the pending change with it. (Approval, the happy path,
 * is in {@code ConsumedEventsTest}.)
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ContactChangeApprovalTest {

    private final String tenant = "contact-" + UUID.randomUUID().toString().substring(0, 8);
    private final String token = Tokens.adviser(tenant);

    @Test
    void aRejectedChangeLeavesTheClientFileUnchanged() {
        String id = ClientFiles.create(token, "R-1", "r-1@example.nl");
        ContactChanges.requestFromSurvey(tenant, id, "response-r1", Map.of(ProfileField.EMAIL, "overname@example.nl"));
        String changeId = ContactChanges.awaitPending(token, id);

        ContactChanges.decide(token, changeId, "reject").statusCode(200)
                .body("status", is("REJECTED")).body("decidedBy", is("adviser-1"))
                .body("requestedValues", nullValue());

        given().auth().oauth2(token).get("/api/v1/clients/" + id).then()
                .body("email", is("r-1@example.nl")).body("version", is(1));
        given().auth().oauth2(token).get("/api/v1/clients/" + id + "/profile-changes").then().body("$", hasSize(0));
        ContactChanges.pending(token, id).body("total", is(0));
        given().auth().oauth2(token).get("/api/v1/contact-changes?status=REJECTED&client=" + id).then()
                .statusCode(200).body("items.id", contains(changeId)).body("items[0].fields", contains("EMAIL"))
                .body("items[0].requestedValues", nullValue());
        ContactChanges.decide(token, changeId, "approve").statusCode(409).body("status", is(409));
        given().auth().oauth2(token).get("/api/v1/clients/" + id).then().body("email", is("r-1@example.nl"));
    }

    @Test
    void anotherFirmsAdviserCannotSeeOrDecideTheChange() {
        String id = ClientFiles.create(token, "F-1", "f-1@example.nl");
        ContactChanges.requestFromSurvey(tenant, id, "response-f1", Map.of(ProfileField.EMAIL, "indringer@example.nl"));
        String changeId = ContactChanges.awaitPending(token, id);
        String intruder = Tokens.adviser("intruder-" + UUID.randomUUID().toString().substring(0, 8));

        ContactChanges.decide(intruder, changeId, "approve").statusCode(404).body("status", is(404));
        ContactChanges.decide(intruder, changeId, "reject").statusCode(404);
        given().auth().oauth2(intruder).get("/api/v1/contact-changes").then().statusCode(200).body("total", is(0));

        ContactChanges.pending(token, id).body("items.id", contains(changeId));
        given().auth().oauth2(token).get("/api/v1/clients/" + id).then()
                .body("email", is("f-1@example.nl")).body("version", is(1));
    }

    @Test
    void anErasureDropsThePendingChange() {
        String id = ClientFiles.create(token, "E-1", "e-1@example.nl");
        ContactChanges.requestFromSurvey(tenant, id, "response-e1", Map.of(ProfileField.EMAIL, "e-1.nieuw@example.nl"));
        String changeId = ContactChanges.awaitPending(token, id);

        given().auth().oauth2(Tokens.admin(tenant)).delete("/api/v1/clients/" + id).then().statusCode(204);

        ContactChanges.pending(token, id).body("total", is(0));
        ContactChanges.decide(token, changeId, "approve").statusCode(404);
    }

    @Test
    void withoutATokenTheWorklistIsRefused() {
        given().get("/api/v1/contact-changes").then().statusCode(401);
        given().post("/api/v1/contact-changes/any/approve").then().statusCode(401);
    }
}
