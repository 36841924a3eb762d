package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.launcher.api.ApiResponse;

/**
 * Story 3: a survey campaign → the client opens the personal link and answers (a new e-mail address, the wish
 * "lower housing costs", NPS 5) → the new address waits on the adviser's worklist and is in the client file once the
 * adviser approves it, CLIENT_WISH and NPS_DETRACTOR appear on the worklist, and the firm's NPS report counts one
 * detractor.
 */
@ExtendWith(PlatformExtension.class)
class SurveyStoryTest {

    @Test
    void answersUpdateTheClientFileRaiseSignalsAndCountInTheNps(TestPlatform platform) {
        Firm firm = platform.newFirm();
        ClientFile femke = ClientFile.named("Femke").adviser("adviser-survey")
                .fixedRatePart("200000", "3.1", ClientFile.today().plusYears(6));
        String clientId = firm.enter(femke);
        firm.awaitSignal(clientId, "HOME_EQUITY");

        String campaign = SurveyVisit.sendCheck(firm, "adviser-survey");
        ReceivedMail invitation = platform.mailbox().awaitMessage(m -> m.isAddressedTo(femke.email()), Firm.FLOW);
        String surveyPage = SurveyVisit.surveyPage(invitation);
        ApiResponse page = SurveyVisit.open(surveyPage);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nazorgcheck").contains("Lagere woonlasten");

        String newAddress = "femke.nieuw@example.nl";
        SurveyVisit.answer(surveyPage, "LOWER_HOUSING_COSTS", newAddress, 5);

        JsonNode change = ContactChangeWorklist.approveTheChangeOf(firm, clientId);
        assertThat(change.get("requestedValues").get("EMAIL").asText()).isEqualTo(newAddress);
        assertThat(firm.clients("GET", "/clients/" + clientId, null).json(200).get("email").asText())
                .isEqualTo(newAddress);
        JsonNode wish = firm.awaitSignal(clientId, "CLIENT_WISH");
        assertThat(wish.get("explanation").get("nl").asText()).isNotBlank();
        firm.awaitSignal(clientId, "NPS_DETRACTOR");
        JsonNode nps = firm.surveys("GET", "/nps", null).json(200).get("overall");
        assertThat(nps.get("responses").asInt()).isEqualTo(1);
        assertThat(nps.get("detractors").asInt()).isEqualTo(1);
        assertThat(nps.get("score").decimalValue()).isEqualByComparingTo("-100");
        await().atMost(Firm.FLOW).untilAsserted(() ->
                assertThat(firm.stats(campaign).get("surveyResponses").asLong()).isEqualTo(1));
    }
}
