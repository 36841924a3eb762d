package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.BulkContacts;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Mails;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newsletter while the SMTP server is down for longer than five attempts' back-off (the old retry budget, after
 * which every due e-mail was FAILED): afterwards every recipient gets exactly one e-mail and none is FAILED. What
 * changed during the outage is checked again when the e-mail is finally claimed: a client who unsubscribed gets
 * nothing, nor does one whose frequency cap other campaigns filled meanwhile.
 */
@QuarkusTest
@TestProfile(SmtpOutageTest.QuickRetries.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class SmtpOutageTest {

    private static final int RECIPIENTS = 300;
    private static final Duration WAIT = Duration.ofMinutes(3);

    /** Back-off 0.2 s doubling to 1 s: five attempts take under two seconds, the outage lasts far longer. */
    public static class QuickRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nazorg.campaign.dispatch.initial-backoff", "200ms",
                    "nazorg.campaign.dispatch.max-backoff", "1s");
        }
    }

    @Test
    void everyDueEmailIsDeliveredOnceAfterTheOutageAndRulesAreCheckedAgain() throws Exception {
        String tenant = Fixtures.unique("smtp-outage-firm");
        BulkContacts.insert(tenant, RECIPIENTS);
        String campaign = Api.newsletterToEveryone(tenant);
        String unsubscribing = tenant + "-client-0";
        String capped = tenant + "-client-1";
        NazorgTestInfrastructure.stopSmtp();
        try {
            Api.launch(tenant, campaign);
            // Beyond the old budget: sends tried six times and more are still PENDING, not FAILED.
            await().atMost(WAIT).until(() -> Rows.count("select count(*) from send_log where campaign_id = ?"
                    + " and status = 'PENDING' and attempts >= 6", UUID.fromString(campaign)) > 0);

            given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                    .when().post("/u/" + Rows.single("select unsubscribe_token from send_log where client_id = ?",
                            unsubscribing)).then().statusCode(200);
            fillFrequencyCap(tenant, capped);
        } finally {
            NazorgTestInfrastructure.resumeSmtp();
        }

        await().atMost(WAIT).until(() -> BulkContacts.received(tenant).size() >= RECIPIENTS - 2);
        await().atMost(WAIT).until(() -> Rows.count("select count(*) from send_log where campaign_id = ?"
                + " and status in ('PENDING', 'SENDING')", UUID.fromString(campaign)) == 0);
        List<ReceivedMail> mails = BulkContacts.received(tenant);
        assertThat(mails).hasSize(RECIPIENTS - 2);
        assertThat(mails.stream().map(Mails::sendId).distinct()).hasSize(RECIPIENTS - 2);
        assertThat(mails).noneMatch(mail -> mail.isAddressedTo(unsubscribing + "@bulk.example.nl")
                || mail.isAddressedTo(capped + "@bulk.example.nl"));
        assertThat(Rows.column("select status || ' ' || coalesce(suppression, '') from send_log"
                + " where campaign_id = ?::uuid and client_id in (?, ?) order by client_id", campaign, unsubscribing,
                capped)).containsExactly("SUPPRESSED UNSUBSCRIBED", "SUPPRESSED FREQUENCY_CAP");
        assertThat(Rows.count("select count(*) from send_log where campaign_id = ? and status = 'FAILED'",
                UUID.fromString(campaign))).isZero();
    }

    /** Two MARKETING e-mails of other campaigns, planned before this one and sent meanwhile: the cap (2) is full. */
    private static void fillFrequencyCap(String tenant, String client) {
        for (int i = 0; i < 2; i++) {
            Rows.update("""
                    insert into send_log (send_id, tenant_id, campaign_id, client_id, signal_key, message_class, status,
                                          attempts, created_at, sent_at, unsubscribe_token)
                    values (?::uuid, ?, ?::uuid, ?, '-', 'MARKETING', 'SENT', 1, now() - interval '1 day', now(), ?)""",
                    UUID.randomUUID().toString(), tenant, UUID.randomUUID().toString(), client,
                    UUID.randomUUID().toString());
        }
    }
}
