package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The measurement: a 10,000-recipient selection campaign into the local SMTP server, e-mails per second. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class SelectionThroughputTest {

    private static final int RECIPIENTS = 10_000;

    @Test
    void tenThousandPersonalEmails() throws Exception {
        String tenant = Fixtures.unique("bulk-firm");
        insertContacts(tenant);
        String campaign = given().auth().oauth2(Api.token(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Iedereen", "kind", "SURVEY", "templateId", "builtin:SURVEY_SATISFACTION",
                        "messageClass", "SERVICE", "surveyId", "client-satisfaction"))
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");

        long before = NazorgTestInfrastructure.mailbox().receivedCount();
        long start = System.nanoTime();
        given().auth().oauth2(Api.token(tenant)).when().post("/api/v1/campaigns/" + campaign + "/launch")
                .then().statusCode(200);
        long planned = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> NazorgTestInfrastructure.mailbox().receivedCount() - before >= RECIPIENTS);
        long done = System.nanoTime();

        double seconds = (done - start) / 1e9;
        double sendSeconds = (done - planned) / 1e9;
        System.out.printf("THROUGHPUT %d e-mails: %.1f s from launch (%.0f e-mails/s), planning %.1f s, sending %.1f s (%.0f e-mails/s)%n",
                RECIPIENTS, seconds, RECIPIENTS / seconds, (planned - start) / 1e9, sendSeconds, RECIPIENTS / sendSeconds);
        assertThat(NazorgTestInfrastructure.mailbox().receivedCount() - before).isEqualTo(RECIPIENTS);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/campaigns/" + campaign + "/stats")
                        .then().statusCode(200).body("total.sent", org.hamcrest.Matchers.equalTo(RECIPIENTS)));
    }

    /** Test data straight into the projection: 10,000 profiles through Kafka would measure the consumer, not the send. */
    private static void insertContacts(String tenant) throws Exception {
        try (Connection connection = NazorgTestInfrastructure.dataSource("campaign").getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into contact (client_id, tenant_id, first_name, last_name, email, preferred_channel, language,
                                          consent_status, salutation, tier, open_arrears, aggregate_version, children_json, adviser_id)
                     values (?, ?, ?, 'Jansen', ?, 'EMAIL', 'nl', 'OPTED_IN', 'MS', 'SILVER', false, 1, '{}', 'adviser-1')""")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < RECIPIENTS; i++) {
                String client = tenant + "-client-" + i;
                insert.setString(1, client);
                insert.setString(2, tenant);
                insert.setString(3, "Anna" + i);
                insert.setString(4, client + "@bulk.example.nl");
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
