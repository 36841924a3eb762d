package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.CampaignEventsTap;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.events.EventType;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalCategory;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.nazorg.campaign.support.CampaignEventsTap.header;
import static org.assertj.core.api.Assertions.assertThat;

/** The core flow: SignalRaised on the topic → exactly one personal e-mail, and EmailSent on campaign-events.v1. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class SignalToEmailTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRefinanceSignalBecomesOnePersonalEmailEvenWhenDeliveredTwice() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);

        SignalRaised signal = Fixtures.refinanceSaving(tenant, client);
        String ceId = TestEvents.publish(signal);
        TestEvents.publish(signal, ceId);                   // the same record again (redelivery)
        String replayId = TestEvents.publish(signal);       // and the same signal under a new ce_id (replay)

        String address = client + "@example.nl";
        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(address), WAIT);
        assertThat(mail.subject()).startsWith("Jan, u kunt € 1.234,56 per maand besparen");
        assertThat(mail.text()).contains("Beste Jan,").contains("€ 1.234,56").contains("€ 2.100,00")
                .contains("bruto").contains("4 maanden");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8083/r/").contains("Beste Jan,");
        assertThat(mail.text()).doesNotContain("https://www.example.nl/afspraak").contains("http://localhost:8083/r/");
        assertThat(mail.header("List-Unsubscribe")).hasValueSatisfying(v -> assertThat(v).matches("<http://localhost:8083/u/[A-Za-z0-9_-]{22}>"));
        assertThat(mail.header("List-Unsubscribe-Post")).contains("List-Unsubscribe=One-Click");
        assertThat(mail.html()).contains("Afmelden voor deze e-mails");

        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            ConsumerRecord<String, byte[]> record = tap.await(
                    CampaignEventsTap.ofType(EventType.EMAIL_SENT.ceType(), client), WAIT);
            assertThat(header(record, "ce_tenantid")).isEqualTo(tenant);
            assertThat(header(record, "ce_subject")).isEqualTo(client);
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(EventSchemaValidator.create().violations(EventType.EMAIL_SENT, record.value())).isEmpty();
            EmailSent sent = EventJson.read(record.value(), EmailSent.class);
            assertThat(sent.signalId()).isEqualTo(signal.signalId());
            assertThat(sent.legalBasis()).isEqualTo(LegalBasis.CONSENT);
            assertThat(new String(record.value())).doesNotContain("@example.nl").doesNotContain("Jan");
            assertThat(mail.header("X-Nazorg-Send-Id")).contains(sent.sendId());

            // Still one: wait until every copy was processed, then count.
            org.awaitility.Awaitility.await().atMost(WAIT).until(() ->
                    Rows.count("select count(*) from nazorg_processed_event where consumer_group = 'campaign-service' and ce_id in (?, ?)",
                            ceId, replayId) == 2);
            assertThat(Rows.count("select count(*) from send_log where client_id = ?", client)).isEqualTo(1);
            assertThat(NazorgTestInfrastructure.mailbox().messagesTo(address)).hasSize(1);
            assertThat(tap.matching(CampaignEventsTap.ofType(EventType.EMAIL_SENT.ceType(), client))).hasSize(1);
        }
    }

    static String trackedLink(ReceivedMail mail) {
        Matcher matcher = Pattern.compile("http://localhost:8083(/r/[A-Za-z0-9_-]+)").matcher(mail.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void anEmailWithoutLinksIsSentToo() {
        // The birthday template links nowhere: its batch has no tracked link to store.
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:BIRTHDAY", "AUTO", "BIRTHDAY");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);

        TestEvents.publish(Fixtures.raised(tenant, client, SignalType.BIRTHDAY, SignalCategory.LIFE_EVENT,
                MessageClass.MARKETING, Map.of(), Map.of()));

        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client + "@example.nl"), WAIT);
        assertThat(mail.subject()).isEqualTo("Van harte gefeliciteerd, Jan!");
        assertThat(mail.text()).doesNotContain("/r/");
    }
}
