package nl.nazorg.client.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.client.support.ClientFiles;
import nl.nazorg.client.support.Schemas;
import nl.nazorg.client.support.TopicRecords;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ConsentAndArrearsTest {

    private final String token = Tokens.adviser("consent-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void consentChangesAreKeptAsEvidenceAndPublished() {
        String id = create("C-1");
        post(id + "/consent", """
                {"status": "SOFT_OPT_IN", "source": "intake-form",
                 "softOptIn": {"contactDetailsObtainedInSale": true, "saleDate": "2019-06-01",
                               "similarProductsOnly": true, "objectionOfferedAtCollection": true}}""")
                .statusCode(200).body("marketingEmailConsent.status", is("SOFT_OPT_IN"))
                .body("marketingEmailConsent.legalBasis", is("EXISTING_CUSTOMER"));
        post(id + "/consent", """
                {"status": "OPTED_IN", "source": "website-form", "effectiveAt": "2026-02-01T10:15:30Z"}""")
                .statusCode(200).body("marketingEmailConsent.legalBasis", is("CONSENT"));
        post(id + "/consent", "{\"status\": \"OBJECTED\", \"source\": \"phone-call\"}").statusCode(200);

        given().auth().oauth2(token).get("/api/v1/clients/" + id + "/consent/history")
                .then().statusCode(200).body("$", hasSize(3))
                .body("[0].softOptIn.similarProductsOnly", is(true))
                .body("[0].recordedBy", is("adviser-1"))
                .body("[1].effectiveAt", is("2026-02-01T10:15:30Z"))
                .body("[2].status", is("OBJECTED"));

        List<ConsumerRecord<String, byte[]>> profiles = TopicRecords.await(Topics.CLIENT_PROFILES, id, 4);
        ClientProfile last = EventJson.read(profiles.get(3).value(), ClientProfile.class);
        assertThat(last.marketingEmailConsent().status()).isEqualTo(ConsentStatus.OBJECTED);
        ClientProfile optedIn = EventJson.read(profiles.get(2).value(), ClientProfile.class);
        assertThat(optedIn.marketingEmailConsent().legalBasis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(optedIn.marketingEmailConsent().source()).isEqualTo("website-form");
        Schemas.assertValid(EventType.CLIENT_PROFILE, profiles.get(2).value());
    }

    @Test
    void aSoftOptInWithoutItsConditionsIsRefused() {
        String id = create("C-2");
        post(id + "/consent", """
                {"status": "SOFT_OPT_IN", "source": "intake-form",
                 "softOptIn": {"contactDetailsObtainedInSale": true, "saleDate": "2019-06-01",
                               "similarProductsOnly": false, "objectionOfferedAtCollection": true}}""")
                .statusCode(400).body("errors.field", hasItem(containsString("softOptIn")));
        post(id + "/consent", "{\"status\": \"OPTED_IN\", \"source\": \"Free Text!\"}").statusCode(400);
    }

    @Test
    void arrearsAreRecordedResolvedAndPublished() {
        String id = create("C-3");
        String arrearsId = post(id + "/arrears", """
                {"missedPaymentDate": "2026-10-01", "amount": 1234.5, "resolved": false, "reportedBy": "ABN_AMRO",
                 "mortgageId": "m1"}""").statusCode(200)
                .body("paymentArrears[0].amount", is(1234.50f)).extract().path("paymentArrears[0].arrearsId");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"resolvedDate\": \"2026-11-01\"}")
                .put("/api/v1/clients/" + id + "/arrears/" + arrearsId + "/resolution")
                .then().statusCode(200).body("paymentArrears[0].resolved", is(true));

        List<ConsumerRecord<String, byte[]>> profiles = TopicRecords.await(Topics.CLIENT_PROFILES, id, 3);
        ClientProfile reported = EventJson.read(profiles.get(1).value(), ClientProfile.class);
        assertThat(reported.paymentArrears()).singleElement()
                .satisfies(a -> assertThat(a.resolved()).isFalse())
                .satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("1234.50"));
        Schemas.assertValid(EventType.CLIENT_PROFILE, profiles.get(1).value());
        assertThat(EventJson.read(profiles.get(2).value(), ClientProfile.class).paymentArrears().get(0).resolved())
                .isTrue();
    }

    private String create(String reference) {
        return ClientFiles.create(token, reference, reference.toLowerCase() + "@example.nl");
    }

    private io.restassured.response.ValidatableResponse post(String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/clients/" + path).then();
    }
}
