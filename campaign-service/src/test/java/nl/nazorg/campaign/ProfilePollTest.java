package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.campaign.support.Api;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * client-profiles.v1 and survey-responses.v1 a poll at a time: the newer of two versions in one poll wins in either
 * order, a tombstone erases the contact and ends the sends that waited for it, a response is stored once.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class ProfilePollTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void ofTwoVersionsInOnePollTheNewerWinsInEitherOrder() {
        String tenant = Fixtures.unique("firm");
        String newerFirst = Fixtures.unique("client");
        String olderFirst = Fixtures.unique("client");
        List<String> ceIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        TestEvents.sendAll(List.of(
                TestEvents.record(Fixtures.profile(tenant, newerFirst).version(2).firstName("Nieuw").build(), ceIds.get(0)),
                TestEvents.record(Fixtures.profile(tenant, newerFirst).version(1).firstName("Oud").build(), ceIds.get(1)),
                TestEvents.record(Fixtures.profile(tenant, olderFirst).version(1).firstName("Oud").build(), ceIds.get(2)),
                TestEvents.record(Fixtures.profile(tenant, olderFirst).version(2).firstName("Nieuw").build(), ceIds.get(3))));

        Rows.awaitProcessed(ceIds);
        for (String client : List.of(newerFirst, olderFirst)) {
            assertThat(Rows.single("select first_name || '/' || aggregate_version from contact where client_id = ?", client))
                    .isEqualTo("Nieuw/2");
        }
    }

    @Test
    void aTombstoneErasesTheContactAndEndsTheSendsThatWaitedForIt() {
        String tenant = Fixtures.unique("firm");
        String campaign = Api.triggered(tenant, "builtin:REFINANCE_SAVING", "REVIEW", "REFINANCE_SAVING");
        String waiting = Fixtures.unique("client");
        String known = Fixtures.unique("client");
        TestEvents.publish(Fixtures.refinanceSaving(tenant, waiting));
        await().atMost(WAIT).until(() -> "AWAITING_PROFILE".equals(Rows.single(
                "select status from send_log where campaign_id = cast(? as uuid) and client_id = ?", campaign, waiting)));

        // One poll: the waiting client's erasure, and a profile followed by its erasure.
        String lastCeId = UUID.randomUUID().toString();
        TestEvents.sendAll(List.of(TestEvents.tombstone(tenant, waiting, UUID.randomUUID().toString()),
                TestEvents.record(Fixtures.profile(tenant, known).build(), UUID.randomUUID().toString()),
                TestEvents.tombstone(tenant, known, lastCeId)));

        Rows.awaitProcessed(List.of(lastCeId));
        await().atMost(WAIT).until(() -> "SUPPRESSED/NO_PROFILE".equals(Rows.single("select status || '/' || suppression "
                + "from send_log where campaign_id = cast(? as uuid) and client_id = ?", campaign, waiting)));
        assertThat(Rows.count("select count(*) from contact where client_id in (?, ?)", waiting, known)).isZero();
    }

    @Test
    void aSurveyResponseForOurCampaignIsStoredOnceAndOneForNoCampaignIsNot() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        String campaignId = UUID.randomUUID().toString();
        SurveyCompleted ours = response(tenant, client, campaignId);
        SurveyCompleted elsewhere = response(tenant, client, null);
        String last = UUID.randomUUID().toString();
        TestEvents.sendAll(List.of(TestEvents.record(ours, UUID.randomUUID().toString()),
                TestEvents.record(elsewhere, UUID.randomUUID().toString()), TestEvents.record(ours, last)));

        Rows.awaitProcessed(List.of(last));
        assertThat(Rows.column("select response_id || '/' || campaign_id || '/' || nps_score from survey_response "
                + "where client_id = ?", client)).containsExactly(ours.responseId() + "/" + campaignId + "/9");
    }

    private static SurveyCompleted response(String tenant, String client, String campaignId) {
        return new SurveyCompleted(UUID.randomUUID().toString(), tenant, client, "survey-1", 1, campaignId,
                campaignId == null ? null : UUID.randomUUID().toString(), Instant.now(), Map.of(), List.of(), List.of(), 9);
    }
}
