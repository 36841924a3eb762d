package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;

/**
 * Story 5: a partner reports payment arrears → the adviser gets a task (AdviserTaskCreated) instead of an e-mail, and
 * marketing to that client stops: a marketing signal raised meanwhile stays on the worklist, suppressed with the
 * reason, and sends nothing.
 */
@ExtendWith(PlatformExtension.class)
class PaymentArrearsStoryTest {

    @Test
    void arrearsRouteTheClientToAPersonAndStopMarketing(TestPlatform platform) {
        Firm firm = platform.newFirm();
        String arrearsCampaign = firm.autoCampaign("PAYMENT_ARREARS");
        String travelCampaign = firm.autoCampaign("MISSING_TRAVEL_INSURANCE");
        ClientFile joris = ClientFile.named("Joris").fixedRatePart("260000", "4.1", ClientFile.today().plusYears(8));
        String clientId = firm.enter(joris);
        firm.optIn(clientId);
        firm.awaitSignal(clientId, "HOME_EQUITY");

        firm.clients("POST", "/clients/" + clientId + "/arrears", """
                {"missedPaymentDate": "%s", "amount": 1450.20, "resolved": false, "reportedBy": "ING"}"""
                .formatted(ClientFile.today().minusDays(10))).expect(200);

        firm.awaitSignal(clientId, "PAYMENT_ARREARS");
        TopicTap.await(platform.kafkaBootstrapServers(), Topics.CAMPAIGN_EVENTS, clientId,
                TopicTap.ofType(EventType.ADVISER_TASK_CREATED.ceType()), Firm.FLOW);
        JsonNode arrearsStats = firm.stats(arrearsCampaign);
        assertThat(arrearsStats.get("adviserTasks").asLong()).as(arrearsStats.toString()).isEqualTo(1);
        assertThat(arrearsStats.get("sent").asLong()).isZero();

        firm.changePortfolio(clientId, joris.without("TRAVEL"));
        JsonNode travel = firm.awaitSignal(clientId, "MISSING_TRAVEL_INSURANCE");
        assertThat(travel.get("suppressed").asBoolean()).isTrue();
        assertThat(travel.get("suppressionReason").asText()).isEqualTo("PAYMENT_ARREARS");
        await().atMost(Firm.FLOW).untilAsserted(() -> {
            JsonNode stats = firm.stats(travelCampaign);
            assertThat(stats.get("selected").asLong()).isEqualTo(1);
            assertThat(stats.get("suppressedByReason").path("SIGNAL_SUPPRESSED").asLong()).as(stats.toString()).isEqualTo(1);
        });
        assertThat(firm.stats(travelCampaign).get("sent").asLong()).isZero();
        assertThat(platform.mailbox().messagesTo(joris.email())).isEmpty();
    }
}
