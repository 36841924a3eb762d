package nl.nazorg.campaign.mail;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.selection.SelectionLauncher;
import nl.nazorg.campaign.send.ProfileWait;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two dispatchers on one database — the service's own and a second one built from the same parts, as a second
 * instance would be — while SMTP is so slow that a claimed batch takes longer to send than its lease lasts: without
 * the lease keeper the other dispatcher would claim the tail of each batch again and send it a second time. Every
 * recipient gets exactly one e-mail (counted by the send id header in the mailbox).
 */
@QuarkusTest
@TestProfile(TwoDispatchersTest.ShortLease.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class TwoDispatchersTest {

    private static final int RECIPIENTS = 2_000;

    /** A 2 s lease; the SMTP server takes 10 ms per message, one at a time: the two batches in flight take 4 s. */
    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nazorg.campaign.dispatch.lease", "2s");
        }
    }

    @Inject
    CampaignConfig config;

    @Inject
    SendClaims claims;

    @Inject
    SmtpSender smtp;

    @Inject
    SendResults results;

    @Inject
    SendLeases leases;

    @Inject
    SelectionLauncher selections;

    @Inject
    ProfileWait profileWait;

    @Test
    void slowSmtpAndExpiringLeasesSendEveryEmailOnce() throws Exception {
        String tenant = Fixtures.unique("two-dispatchers-firm");
        BulkContacts.insert(tenant, RECIPIENTS);
        String campaign = Api.surveyToEveryone(tenant);
        MailDispatcher second = secondDispatcher();
        NazorgTestInfrastructure.delaySmtp(Duration.ofMillis(10));
        try {
            second.onStart(null);
            Api.launch(tenant, campaign);
            await().atMost(Duration.ofMinutes(5)).until(() -> Rows.count("select count(*) from send_log"
                    + " where campaign_id = ? and status = 'SENT'", UUID.fromString(campaign)) == RECIPIENTS);
        } finally {
            NazorgTestInfrastructure.delaySmtp(Duration.ZERO);
            second.onStop(null);
        }
        List<ReceivedMail> mails = BulkContacts.received(tenant);
        assertThat(mails.stream().map(Mails::sendId).distinct()).hasSize(RECIPIENTS);
        assertThat(mails).hasSize(RECIPIENTS);
    }

    private MailDispatcher secondDispatcher() {
        MailDispatcher second = new MailDispatcher();
        second.config = config;
        second.claims = claims;
        second.smtp = smtp;
        second.results = results;
        second.leases = leases;
        second.selections = selections;
        second.profileWait = profileWait;
        return second;
    }
}
