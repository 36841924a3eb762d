package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.CampaignEventsTap;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Mails;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.events.EventType;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Unsubscribe: GET asks and changes nothing; POST (one-click) unsubscribes at once, and no marketing follows. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class UnsubscribeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void oneClickUnsubscribeStopsFurtherMarketingButNotServiceMail() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        String address = client + "@example.nl";
        String campaign = Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        Api.triggered(tenant, "builtin:FIXED_RATE_ENDING", "AUTO", "FIXED_RATE_ENDING");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);
        TestEvents.publish(Fixtures.refinanceSaving(tenant, client));
        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(address), WAIT);
        String unsubscribe = Mails.unsubscribePath(mail);
        assertThat(mail.html()).contains("href=\"http://localhost:8083" + unsubscribe + "\"");

        given().when().get(unsubscribe).then().statusCode(200)
                .body(containsString("<form method=\"post\"")).body(containsString("Ja, meld mij af"));
        assertThat(Rows.single("select unsubscribed_at from contact where client_id = ?", client)).isNull();

        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .when().post(unsubscribe).then().statusCode(200).body(containsString("U bent afgemeld"));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .when().post(unsubscribe).then().statusCode(200);   // twice: still one unsubscribe
        assertThat(Rows.single("select unsubscribed_at from contact where client_id = ?", client)).isNotNull();

        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            ConsumerRecord<String, byte[]> record = tap.await(CampaignEventsTap.ofType(EventType.UNSUBSCRIBED.ceType(), client), WAIT);
            assertThat(EventSchemaValidator.create().violations(EventType.UNSUBSCRIBED, record.value())).isEmpty();
            Unsubscribed event = EventJson.read(record.value(), Unsubscribed.class);
            assertThat(event.channel()).isEqualTo(UnsubscribeChannel.ONE_CLICK);
            assertThat(event.campaignId()).isEqualTo(campaign);
            assertThat(event.sendId()).isEqualTo(Mails.sendId(mail));
        }

        SignalRaised another = Fixtures.refinanceSaving(tenant, client);
        TestEvents.publish(another);
        TestEvents.publish(SendRulesTest.fixedRateEnding(tenant, client));
        NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(address) && m.subject().contains("rentevaste periode"), WAIT);
        await().atMost(WAIT).until(() -> "SUPPRESSED:UNSUBSCRIBED".equals(SendRulesTest.statusOf(client, another.signalId())));
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(address)).hasSize(2);

        given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/campaigns/" + campaign + "/stats")
                .then().statusCode(200).body("total.unsubscribes", equalTo(1)).body("total.sent", equalTo(1))
                .body("total.suppressedByReason.UNSUBSCRIBED", equalTo(1));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .when().post("/u/not-a-token").then().statusCode(404);
        given().when().get("/u/not-a-token").then().statusCode(404);
    }
}
