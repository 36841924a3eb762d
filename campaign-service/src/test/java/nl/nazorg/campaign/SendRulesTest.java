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
import nl.nazorg.events.campaign.AdviserTaskCreated;
import nl.nazorg.events.campaign.AdviserTaskReason;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.events.signal.SignalCategory;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.events.signal.SuppressionReason;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The rules before every send, through the real topic, database and SMTP server. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class SendRulesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    static SignalRaised fixedRateEnding(String tenant, String client) {
        return Fixtures.raised(tenant, client, SignalType.FIXED_RATE_ENDING, SignalCategory.SERVICE, MessageClass.SERVICE,
                Map.of("outstandingPrincipal", new BigDecimal("150000.00"), "interestRate", new BigDecimal("4.250")),
                Map.of("lender", "ING", "fixedRateEndDate", "2027-03-01", "mortgageId", "m-1"));
    }

    static void awaitSendRows(String client, long count) {
        await().atMost(WAIT).until(() -> Rows.count("select count(*) from send_log where client_id = ?", client) == count);
    }

    static String statusOf(String client, String signalId) {
        return Rows.single("select status || coalesce(':' || suppression, '') || coalesce(':' || task_reason, '') "
                + "from send_log where client_id = ? and signal_id = ?", client, signalId);
    }

    @Test
    void withoutConsentNoMarketingButTheServiceMessageGoesOnTheContract() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        Api.triggered(tenant, "builtin:FIXED_RATE_ENDING", "AUTO", "FIXED_RATE_ENDING");
        TestEvents.publish(Fixtures.profile(tenant, client).consent(ConsentStatus.NOT_GIVEN).build());
        Rows.awaitContact(client, 1);

        SignalRaised marketing = Fixtures.refinanceSaving(tenant, client);
        SignalRaised service = fixedRateEnding(tenant, client);
        TestEvents.publish(marketing);
        TestEvents.publish(service);

        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client + "@example.nl"), WAIT);
        assertThat(mail.subject()).isEqualTo("Jan, uw rentevaste periode loopt op 1 maart 2027 af");
        assertThat(mail.text()).contains("€ 150.000,00").contains("4,25% rente").contains("ING");
        awaitSendRows(client, 2);
        assertThat(statusOf(client, marketing.signalId())).isEqualTo("SUPPRESSED:NO_CONSENT");
        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            EmailSent sent = EventJson.read(tap.await(CampaignEventsTap.ofType(EventType.EMAIL_SENT.ceType(), client), WAIT).value(),
                    EmailSent.class);
            assertThat(sent.signalId()).isEqualTo(service.signalId());
            assertThat(sent.messageClass()).isEqualTo(MessageClass.SERVICE);
            assertThat(sent.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        }
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).hasSize(1);
    }

    @Test
    void theFrequencyCapAllowsTwoMarketingEmailsIn30Days() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        for (int i = 0; i < 3; i++) {
            Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        }
        TestEvents.publish(Fixtures.profile(tenant, client).consent(ConsentStatus.SOFT_OPT_IN).build());
        Rows.awaitContact(client, 1);
        TestEvents.publish(Fixtures.refinanceSaving(tenant, client));

        awaitSendRows(client, 3);
        NazorgTestInfrastructure.mailbox().awaitMessages(m -> m.isAddressedTo(client + "@example.nl"), 2, WAIT);
        assertThat(Rows.column("select coalesce(suppression, status) from send_log where client_id = ? order by 1", client))
                .containsExactly("FREQUENCY_CAP", "SENT", "SENT");
        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            ConsumerRecord<String, byte[]> record = tap.await(CampaignEventsTap.ofType(EventType.EMAIL_SENT.ceType(), client), WAIT);
            assertThat(EventJson.read(record.value(), EmailSent.class).legalBasis()).isEqualTo(LegalBasis.EXISTING_CUSTOMER);
        }
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).hasSize(2);
    }

    @Test
    void aSignalTheSignalServiceSuppressedSendsNothingButIsCounted() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);

        SignalRaised open = Fixtures.refinanceSaving(tenant, client);
        SignalRaised suppressed = new SignalRaised(open.signalId(), tenant, client, 1, open.type(), open.category(),
                open.messageClass(), open.deduplicationKey(), open.figures(), open.inputs(), open.ruleVersion(),
                open.dueDate(), open.status(), true, SuppressionReason.PAYMENT_ARREARS, null, open.raisedAt(),
                open.updatedAt(), null);
        TestEvents.publish(suppressed);

        awaitSendRows(client, 1);
        assertThat(statusOf(client, suppressed.signalId())).isEqualTo("SUPPRESSED:SIGNAL_SUPPRESSED");
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).isEmpty();
    }

    @Test
    void openArrearsSuppressMarketingAndTheArrearsSignalGoesToAnAdviser() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        Api.triggered(tenant, "builtin:PAYMENT_ARREARS", "AUTO", "PAYMENT_ARREARS");
        TestEvents.publish(Fixtures.profile(tenant, client).openArrears().adviser("adviser-7").build());
        Rows.awaitContact(client, 1);

        SignalRaised refinance = Fixtures.refinanceSaving(tenant, client);
        SignalRaised arrears = Fixtures.raised(tenant, client, SignalType.PAYMENT_ARREARS, SignalCategory.RISK,
                MessageClass.SERVICE, Map.of("amountInArrears", new BigDecimal("1234.56")), Map.of());
        TestEvents.publish(refinance);
        TestEvents.publish(arrears);
        awaitSendRows(client, 2);
        assertThat(statusOf(client, refinance.signalId())).isEqualTo("SUPPRESSED:PAYMENT_ARREARS");
        assertThat(statusOf(client, arrears.signalId())).isEqualTo("TASK_CREATED:PAYMENT_ARREARS");

        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            ConsumerRecord<String, byte[]> record = tap.await(
                    CampaignEventsTap.ofType(EventType.ADVISER_TASK_CREATED.ceType(), client), WAIT);
            assertThat(EventSchemaValidator.create().violations(EventType.ADVISER_TASK_CREATED, record.value())).isEmpty();
            AdviserTaskCreated task = EventJson.read(record.value(), AdviserTaskCreated.class);
            assertThat(task.reason()).isEqualTo(AdviserTaskReason.PAYMENT_ARREARS);
            assertThat(task.adviserId()).isEqualTo("adviser-7");
            assertThat(task.signalId()).isEqualTo(arrears.signalId());
            assertThat(task.signalType()).isEqualTo(SignalType.PAYMENT_ARREARS);
        }
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(client + "@example.nl")).isEmpty();
    }

    @Test
    void clientsWhoPreferPhoneOrLetterGetAnAdviserTaskInsteadOfAnEmail() {
        String tenant = Fixtures.unique("firm");
        String byPhone = Fixtures.unique("client");
        String byLetter = Fixtures.unique("client");
        Api.triggered(tenant, "builtin:FIXED_RATE_ENDING", "AUTO", "FIXED_RATE_ENDING");
        TestEvents.publish(Fixtures.profile(tenant, byPhone).channel(ContactChannel.PHONE).build());
        TestEvents.publish(Fixtures.profile(tenant, byLetter).channel(ContactChannel.LETTER).build());
        Rows.awaitContact(byPhone, 1);
        Rows.awaitContact(byLetter, 1);
        TestEvents.publish(fixedRateEnding(tenant, byPhone));
        TestEvents.publish(fixedRateEnding(tenant, byLetter));

        try (CampaignEventsTap tap = CampaignEventsTap.campaignEvents()) {
            String type = EventType.ADVISER_TASK_CREATED.ceType();
            assertThat(EventJson.read(tap.await(CampaignEventsTap.ofType(type, byPhone), WAIT).value(), AdviserTaskCreated.class)
                    .reason()).isEqualTo(AdviserTaskReason.PHONE_PREFERRED);
            assertThat(EventJson.read(tap.await(CampaignEventsTap.ofType(type, byLetter), WAIT).value(), AdviserTaskCreated.class)
                    .reason()).isEqualTo(AdviserTaskReason.LETTER_PREFERRED);
        }
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(byPhone + "@example.nl")).isEmpty();
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(byLetter + "@example.nl")).isEmpty();
    }

    @Test
    void aLineBreakInANameNeverBecomesAHeader() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        String intruder = Fixtures.unique("intruder") + "@example.nl";
        Api.triggered(tenant, "builtin:REFINANCE_SAVING", "AUTO", "REFINANCE_SAVING");
        TestEvents.publish(Fixtures.profile(tenant, client).firstName("Jan\r\nBcc: " + intruder + "\r\nX-Injected: yes").build());
        Rows.awaitContact(client, 1);
        TestEvents.publish(Fixtures.refinanceSaving(tenant, client));

        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client + "@example.nl"), WAIT);
        assertThat(mail.subject()).startsWith("Jan Bcc: " + intruder + " X-Injected: yes, u kunt").doesNotContain("\n", "\r");
        assertThat(mail.headers("X-Injected")).isEmpty();
        assertThat(mail.headers("Bcc")).isEmpty();
        assertThat(mail.html()).doesNotContain("<script");
        assertThat(NazorgTestInfrastructure.mailbox().messagesTo(intruder)).isEmpty();
        assertThat(NazorgTestInfrastructure.mailbox().messages()).noneMatch(m -> m.envelopeRecipient().equalsIgnoreCase(intruder));
    }
}
