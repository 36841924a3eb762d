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
import nl.nazorg.events.Topics;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * signals.v1 a poll at a time: poison records among valid ones are dead-lettered one by one while the valid ones are
 * planned; many signals of several clients for one triggered campaign get one send each, as a record at a time did,
 * and a replay plans nothing twice. REVIEW campaigns, so the rows stay where planning put them.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class SignalPollTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DLQ = Topics.deadLetter(Topics.SIGNALS, "campaign-service");

    @Test
    void poisonAmongValidSignalsIsDeadLetteredAndTheValidOnesArePlanned() {
        String tenant = Fixtures.unique("firm");
        String campaign = Api.triggered(tenant, "builtin:REFINANCE_SAVING", "REVIEW", "REFINANCE_SAVING");
        List<String> clients = clientsWithProfiles(tenant, 4);
        String badJson = clients.get(0);
        String foreign = clients.get(1);
        String tombstone = clients.get(2);

        List<ProducerRecord<String, byte[]>> poll = new ArrayList<>();
        List<String> validSignals = new ArrayList<>();
        for (String client : clients) {
            SignalRaised valid = Fixtures.refinanceSaving(tenant, client);
            validSignals.add(valid.signalId());
            poll.add(TestEvents.record(valid, UUID.randomUUID().toString()));
        }
        poll.add(1, raw(badJson, tenant, "{not json".getBytes(StandardCharsets.UTF_8)));
        poll.add(3, raw(foreign, "someone-else", EventJson.write(Fixtures.refinanceSaving(tenant, foreign))));
        poll.add(5, raw(tombstone, tenant, null));
        TestEvents.sendAll(poll);

        await().atMost(WAIT).until(() -> Rows.count("select count(*) from send_log where campaign_id = cast(? as uuid) "
                + "and status = 'AWAITING_APPROVAL'", campaign) == validSignals.size());
        assertThat(Rows.column("select signal_id from send_log where campaign_id = cast(? as uuid)", campaign))
                .containsExactlyInAnyOrderElementsOf(validSignals);
        try (CampaignEventsTap dlq = CampaignEventsTap.of(DLQ)) {
            ConsumerRecord<String, byte[]> unreadable = dlq.await(r -> badJson.equals(r.key()), WAIT);
            assertThat(new String(unreadable.value(), StandardCharsets.UTF_8)).startsWith("{not json");
            ConsumerRecord<String, byte[]> wrongTenant = dlq.await(r -> foreign.equals(r.key()), WAIT);
            assertThat(CampaignEventsTap.header(wrongTenant, "dead-letter-reason")).contains("tenant");
            ConsumerRecord<String, byte[]> noValue = dlq.await(r -> tombstone.equals(r.key()), WAIT);
            assertThat(noValue.value()).isNull();
            assertThat(CampaignEventsTap.header(noValue, "dead-letter-reason")).contains("tombstone");
            Predicate<ConsumerRecord<String, byte[]>> ours = r -> clients.contains(r.key());
            assertThat(dlq.matching(ours)).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(badJson, foreign, tombstone);
        }
    }

    @Test
    void manySignalsOfSeveralClientsGetOneSendEachAndAReplayPlansNothingTwice() {
        String tenant = Fixtures.unique("firm");
        String campaign = Api.triggered(tenant, "builtin:REFINANCE_SAVING", "REVIEW", "REFINANCE_SAVING");
        List<String> clients = clientsWithProfiles(tenant, 4);
        List<SignalRaised> signals = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            clients.forEach(client -> signals.add(Fixtures.refinanceSaving(tenant, client)));
        }
        List<ProducerRecord<String, byte[]>> first = signals.stream()
                .map(signal -> TestEvents.record(signal, UUID.randomUUID().toString())).toList();
        TestEvents.sendAll(first);

        await().atMost(WAIT).until(() -> sends(campaign) == signals.size());
        assertOneSendPerSignalWithinTheCap(campaign, clients, signals);

        // The same records again (a replay from an earlier offset), then the same signals under new ce_ids (a
        // republication); both behind the first ones in their clients' partitions.
        List<String> republished = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> again = new ArrayList<>(first);
        for (SignalRaised signal : signals) {
            String ceId = UUID.randomUUID().toString();
            republished.add(ceId);
            again.add(TestEvents.record(signal, ceId));
        }
        TestEvents.sendAll(again);
        Rows.awaitProcessed(republished);

        assertThat(sends(campaign)).isEqualTo(signals.size());
        assertOneSendPerSignalWithinTheCap(campaign, clients, signals);
    }

    /** Three MARKETING signals per client against a cap of two: two wait for approval, the third is capped. */
    private static void assertOneSendPerSignalWithinTheCap(String campaign, List<String> clients, List<SignalRaised> signals) {
        assertThat(Set.copyOf(Rows.column("select signal_id from send_log where campaign_id = cast(? as uuid)", campaign)))
                .isEqualTo(Set.copyOf(signals.stream().map(SignalRaised::signalId).toList()));
        for (String client : clients) {
            assertThat(Rows.column("select status || coalesce('/' || suppression, '') from send_log "
                    + "where campaign_id = cast(? as uuid) and client_id = ?", campaign, client))
                    .containsExactlyInAnyOrder("AWAITING_APPROVAL", "AWAITING_APPROVAL", "SUPPRESSED/FREQUENCY_CAP");
        }
    }

    private static long sends(String campaign) {
        return Rows.count("select count(*) from send_log where campaign_id = cast(? as uuid)", campaign);
    }

    private static List<String> clientsWithProfiles(String tenant, int count) {
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String client = Fixtures.unique("client");
            TestEvents.publish(Fixtures.profile(tenant, client).build());
            clients.add(client);
        }
        clients.forEach(client -> Rows.awaitContact(client, 1));
        return clients;
    }

    /** A SignalRaised record with the value and tenant header as given (for poison). */
    private static ProducerRecord<String, byte[]> raw(String client, String headerTenant, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SIGNALS, client, value);
        CloudEventHeaders.write(new CloudEventAttributes(UUID.randomUUID().toString(), EventType.SIGNAL_RAISED.ceType(),
                "/nazorg/test", OffsetDateTime.now(), client, headerTenant), record.headers());
        return record;
    }
}
