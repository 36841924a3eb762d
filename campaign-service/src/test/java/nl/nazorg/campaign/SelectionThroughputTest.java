package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.BulkContacts;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Duration;

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
        BulkContacts.insert(tenant, RECIPIENTS);
        String campaign = Api.surveyToEveryone(tenant);

        long before = NazorgTestInfrastructure.mailbox().receivedCount();
        long start = System.nanoTime();
        Api.launch(tenant, campaign);
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
}
