package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.CampaignEventsTap;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.events.EventType;
import nl.nazorg.events.campaign.AdviserTaskCreated;
import nl.nazorg.events.campaign.AdviserTaskReason;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;

/**
 * A signal that overtakes its client's profile (campaign-service's profile consumer lagging its signal consumer, e.g.
 * during a bulk import) waits for the profile instead of being suppressed for good.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class SignalBeforeProfileTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aFixedRateSignalBeforeTheProfileWaitsAndBecomesOneEmailWhenTheProfileArrives() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        String address = client + "@example.nl";
        String campaign = Api.triggered(tenant, "builtin:FIXED_RATE_ENDING", "AUTO", "FIXED_RATE_ENDING");

        SignalRaised signal = SendRulesTest.fixedRateEnding(tenant, client);
        TestEvents.publish(signal);
        awaitStatus(client, signal, "AWAITING_PROFILE");
        assertThat(Rows.count("select count(*) from send_log where client_id = ? and next_attempt_at > now() + interval '55 minutes'",
                client)).as("waits the default hour").isEqualTo(1);
        stats(tenant, campaign).body("total.selected", equalTo(1)).body("total.awaitingProfile", equalTo(1))
                .body("total.eligible", equalTo(0)).body("total.suppressed", equalTo(0))
                .body("total.suppressedByReason", anEmptyMap()).body("total.sent", equalTo(0));
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(address)).isEmpty();

        TestEvents.publish(Fixtures.profile(tenant, client).build());
        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(address), WAIT);
        assertThat(mail.subject()).isEqualTo("Jan, uw rentevaste periode loopt op 1 maart 2027 af");
        assertThat(mail.text()).contains("€ 150.000,00").contains("4,25% rente").contains("ING");
        awaitStatus(client, signal, "SENT");
        assertThat(Rows.single("select legal_basis from send_log where client_id = ?", client)).isEqualTo("CONTRACT");

        // A newer profile and the same signal replayed find nothing waiting: still one row, one e-mail.
        TestEvents.publish(Fixtures.profile(tenant, client).version(2).build());
        String replay = TestEvents.publish(signal);
        Rows.awaitContact(client, 2);
        await().atMost(WAIT).until(() -> Rows.count("select count(*) from nazorg_processed_event "
                + "where consumer_group = 'campaign-service' and ce_id = ?", replay) == 1);
        stats(tenant, campaign).body("total.sent", equalTo(1)).body("total.awaitingProfile", equalTo(0))
                .body("total.eligible", equalTo(1)).body("total.suppressed", equalTo(0));
        assertThat(Rows.count("select count(*) from send_log where client_id = ?", client)).isEqualTo(1);
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(address)).hasSize(1);
    }

    @Test
    void theWaitingSendIsDecidedOnTheChannelTheProfileBrings() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:FIXED_RATE_ENDING", "AUTO", "FIXED_RATE_ENDING");
        SignalRaised signal = SendRulesTest.fixedRateEnding(tenant, client);
        TestEvents.publish(signal);
        awaitStatus(client, signal, "AWAITING_PROFILE");

        TestEvents.publish(Fixtures.profile(tenant, client).channel(ContactChannel.PHONE).adviser("adviser-9").build());
        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            AdviserTaskCreated task = EventJson.read(tap.await(
                    CampaignEventsTap.ofType(EventType.ADVISER_TASK_CREATED.ceType(), client), WAIT).value(), AdviserTaskCreated.class);
            assertThat(task.reason()).isEqualTo(AdviserTaskReason.PHONE_PREFERRED);
            assertThat(task.adviserId()).isEqualTo("adviser-9");
            assertThat(task.signalId()).isEqualTo(signal.signalId());
        }
        assertThat(SendRulesTest.statusOf(client, signal.signalId())).isEqualTo("TASK_CREATED:PHONE_PREFERRED");
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).isEmpty();
    }

    @Test
    void aProfileThatNeverArrivesEndsTheWaitAsNoProfile() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        String campaign = Api.triggered(tenant, "builtin:FIXED_RATE_ENDING", "AUTO", "FIXED_RATE_ENDING");
        SignalRaised signal = SendRulesTest.fixedRateEnding(tenant, client);
        TestEvents.publish(signal);
        awaitStatus(client, signal, "AWAITING_PROFILE");

        // The wait (nazorg.campaign.profile-wait, an hour) is over: moved back rather than waited for.
        assertThat(Rows.update("update send_log set next_attempt_at = now() - interval '1 second' "
                + "where client_id = ? and status = 'AWAITING_PROFILE'", client)).isEqualTo(1);
        awaitStatus(client, signal, "SUPPRESSED:NO_PROFILE");
        stats(tenant, campaign).body("total.awaitingProfile", equalTo(0)).body("total.suppressed", equalTo(1))
                .body("total.suppressedByReason.NO_PROFILE", equalTo(1));

        // A profile after the deadline changes nothing (decided in the same transaction as the contact row).
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);
        assertThat(SendRulesTest.statusOf(client, signal.signalId())).isEqualTo("SUPPRESSED:NO_PROFILE");
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).isEmpty();
    }

    @Test
    void theMigratedSendLogAcceptsEveryStatusASendCanHave() {
        // A status added to SendStatus without a migration widening this check would fail only when first written.
        String check = Rows.single(
                "select pg_get_constraintdef(oid) from pg_constraint where conname = 'send_log_status_check'");
        assertThat(SendStatus.values()).allSatisfy(status -> assertThat(check).contains("'" + status.name() + "'"));
    }

    private static void awaitStatus(String client, SignalRaised signal, String status) {
        await().atMost(WAIT).until(() -> status.equals(SendRulesTest.statusOf(client, signal.signalId())));
    }

    private static ValidatableResponse stats(String tenant, String campaign) {
        return given().auth().oauth2(Api.token(tenant)).when().get("/api/v1/campaigns/" + campaign + "/stats")
                .then().statusCode(200);
    }
}
