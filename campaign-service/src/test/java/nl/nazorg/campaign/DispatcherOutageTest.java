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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher while PostgreSQL drops the service's connections again and again, as a failover does: every recipient
 * gets exactly one e-mail and every send is recorded SENT at once. A group of results that was given up on would stay
 * SENDING until its lease ran out (20 s here) and then go out a second time.
 */
@QuarkusTest
@TestProfile(DispatcherOutageTest.ShortLease.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class DispatcherOutageTest {

    private static final int RECIPIENTS = 1_000;

    /** Every connection of the service to its database, as PostgreSQL going away would end them. */
    private static final String TERMINATE_SERVICE = """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = 'campaign' AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND application_name NOT LIKE 'PostgreSQL JDBC%'""";

    /** A lease short enough that a send left SENDING would be claimed and sent again within the test. */
    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nazorg.campaign.dispatch.lease", "20s");
        }
    }

    @Test
    void connectionsDroppedWhileSendingLoseNoResultAndSendNothingTwice() throws Exception {
        String tenant = Fixtures.unique("failover-firm");
        BulkContacts.insert(tenant, RECIPIENTS);
        String campaign = Api.surveyToEveryone(tenant);
        long before = NazorgTestInfrastructure.mailbox().receivedCount();
        Api.launch(tenant, campaign);

        AtomicInteger terminated = new AtomicInteger();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(300)).until(() -> {
            boolean all = NazorgTestInfrastructure.mailbox().receivedCount() - before >= RECIPIENTS;
            if (!all) {
                terminated.addAndGet((int) Rows.count(TERMINATE_SERVICE));
            }
            return all;
        });
        assertThat(terminated.get()).as("connections ended while the campaign was sent").isPositive();

        // Well inside the lease: nothing is left SENDING for a second claim to send again.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Rows.count(
                "select count(*) from send_log where campaign_id = ? and status = 'SENT'", UUID.fromString(campaign)))
                .isEqualTo(RECIPIENTS));
        List<ReceivedMail> mails = BulkContacts.received(tenant);
        assertThat(mails).hasSize(RECIPIENTS);
        assertThat(mails.stream().map(Mails::sendId).distinct()).hasSize(RECIPIENTS);
        assertThat(mails.stream().map(ReceivedMail::envelopeRecipient).distinct()).hasSize(RECIPIENTS);
    }
}
