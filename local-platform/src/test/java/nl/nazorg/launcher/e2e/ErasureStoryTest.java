package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.events.Topics;
import nl.nazorg.infra.mail.ReceivedMail;

/**
 * Story 6: the erasure of a client (AVG art. 17) → gone from every service's data (the client file, the signal
 * service's projection, campaign-service's contact details, survey-service's answers) and tombstoned on both
 * compacted topics. Signals and sends stay as ids and derived facts only, resolved as CLIENT_ERASED.
 */
@ExtendWith(PlatformExtension.class)
class ErasureStoryTest {

    @Test
    void anErasedClientIsGoneFromEveryService(TestPlatform platform) {
        Firm firm = platform.newFirm();
        ClientFile kees = ClientFile.named("Kees").adviser("adviser-erasure")
                .fixedRatePart("210000", "3.4", ClientFile.today().plusYears(4));
        String clientId = firm.enter(kees);
        firm.awaitSignal(clientId, "HOME_EQUITY");
        SurveyVisit.sendCheck(firm, "adviser-erasure");
        ReceivedMail invitation = platform.mailbox().awaitMessage(m -> m.isAddressedTo(kees.email()), Firm.FLOW);
        SurveyVisit.answer(SurveyVisit.surveyPage(invitation), "NO_CHANGES", "kees.prive@example.nl", 9);
        await().atMost(Firm.FLOW).until(() -> firm.surveys("GET", "/clients/" + clientId + "/survey-responses", null)
                .json(200).size() == 1);

        // The answer's new address reaches the client file first (once the adviser approves it): the story erases a
        // client whose file the survey changed (the race of an erasure with that change is client-service's
        // ConcurrentChangeTest).
        ContactChangeWorklist.approveTheChangeOf(firm, clientId);
        assertThat(firm.clients("GET", "/clients/" + clientId, null).json(200).get("email").asText())
                .isEqualTo("kees.prive@example.nl");
        firm.clients("DELETE", "/clients/" + clientId, null).expect(204);

        assertThat(firm.clients("GET", "/clients/" + clientId, null).status()).isEqualTo(404);
        assertThat(firm.clients("GET", "/contact-changes?status=APPROVED&client=" + clientId, null).json(200)
                .get("total").asInt()).isZero();
        TopicTap.await(platform.kafkaBootstrapServers(), Topics.CLIENT_PROFILES, clientId, TopicTap.tombstone(), Firm.FLOW);
        TopicTap.await(platform.kafkaBootstrapServers(), Topics.PORTFOLIOS, clientId, TopicTap.tombstone(), Firm.FLOW);
        await().atMost(Firm.FLOW).untilAsserted(() -> {
            assertThat(Rows.count(platform.database("signal"),
                    "select count(*) from client_profile where client_id = ?", clientId)).isZero();
            assertThat(Rows.count(platform.database("signal"),
                    "select count(*) from client_portfolio where client_id = ?", clientId)).isZero();
            assertThat(Rows.count(platform.database("signal"),
                    "select count(*) from loan_part where client_id = ?", clientId)).isZero();
            assertThat(Rows.count(platform.database("campaign"),
                    "select count(*) from contact where client_id = ?", clientId)).isZero();
            assertThat(firm.surveys("GET", "/clients/" + clientId + "/survey-responses", null).json(200)).isEmpty();
        });
        JsonNode resolved = firm.signals("GET", "/signals?client=" + clientId + "&includeResolved=true", null).json(200);
        assertThat(resolved.get("items")).isNotEmpty().allSatisfy(signal ->
                assertThat(signal.get("resolution").asText()).isEqualTo("CLIENT_ERASED"));
        assertThat(resolved.toString()).doesNotContain("Kees").doesNotContain(kees.email());
    }
}
