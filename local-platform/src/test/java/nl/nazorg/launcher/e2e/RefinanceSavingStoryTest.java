package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.api.ApiResponse;

/**
 * Story 2: a market-rate drop → REFINANCE_SAVING for exactly the clients whose saving reaches their own threshold →
 * an e-mail only to those with marketing consent, an adviser task for the one who prefers the phone → the client
 * clicks the link in the e-mail → the click shows in the campaign statistics.
 *
 * <p>Variable-rate annuity parts at 5,5% (no prepayment fee); dropping to 2,5% saves about € 500 a month on
 * € 300.000 over 25 years, and about € 25 on € 15.000.
 */
@ExtendWith(PlatformExtension.class)
class RefinanceSavingStoryTest {

    @Test
    void aRateDropReachesExactlyTheClientsItSavesEnough(TestPlatform platform) {
        Firm firm = platform.newFirm();
        String campaign = firm.autoCampaign("REFINANCE_SAVING");
        ClientFile emma = ClientFile.named("Emma").variableRatePart("300000", "5.5");
        ClientFile daan = ClientFile.named("Daan").variableRatePart("300000", "5.5").prefers("PHONE");
        ClientFile lotte = ClientFile.named("Lotte").variableRatePart("300000", "5.5");
        ClientFile ruben = ClientFile.named("Ruben").variableRatePart("300000", "5.5").minimumSaving("750");
        ClientFile noor = ClientFile.named("Noor").variableRatePart("15000", "5.5");
        String emmaId = firm.enter(emma);
        String daanId = firm.enter(daan);
        String lotteId = firm.enter(lotte); // no marketing consent
        String rubenId = firm.enter(ruben);
        String noorId = firm.enter(noor);
        for (String optedIn : List.of(emmaId, daanId, rubenId, noorId)) {
            firm.optIn(optedIn);
        }
        for (String clientId : List.of(emmaId, daanId, lotteId, rubenId, noorId)) {
            firm.awaitSignal(clientId, "HOME_EQUITY"); // the signal service has evaluated each client
        }

        // The rate tables are platform data: the firm's own admin may not change them, the platform's feed may.
        firm.signals("PUT", "/market-rates/E2EBANK", rateTable("2.500")).expect(403);
        platform.rateFeed().put(platform.url(PlatformService.SIGNAL, "/api/v1/market-rates/E2EBANK"),
                rateTable("2.500")).expect(202);

        for (String saves : List.of(emmaId, daanId, lotteId)) {
            JsonNode signal = firm.awaitSignal(saves, "REFINANCE_SAVING");
            assertThat(new BigDecimal(signal.get("monthlySaving").asText())).isBetween(new BigDecimal("400"),
                    new BigDecimal("600"));
        }
        await().atMost(Firm.FLOW).untilAsserted(() -> {
            JsonNode stats = firm.stats(campaign);
            assertThat(stats.get("sent").asLong()).isEqualTo(1);
            assertThat(stats.get("adviserTasks").asLong()).isEqualTo(1);
            assertThat(stats.get("suppressedByReason").get("NO_CONSENT").asLong()).isEqualTo(1);
        });
        assertThat(firm.openSignalTypes(rubenId)).doesNotContain("REFINANCE_SAVING");
        assertThat(firm.openSignalTypes(noorId)).doesNotContain("REFINANCE_SAVING");

        ReceivedMail mail = platform.mailbox().awaitMessage(m -> m.isAddressedTo(emma.email()), Firm.FLOW);
        assertThat(mail.subject()).startsWith("Emma, u kunt € ").contains("per maand besparen");
        assertThat(mail.text()).contains("bruto");
        assertThat(platform.mailbox().messagesTo(daan.email())).isEmpty();
        assertThat(platform.mailbox().messagesTo(lotte.email())).isEmpty();

        ApiResponse redirect = clickFirstLink(mail);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isPresent();
        await().atMost(Firm.FLOW).untilAsserted(() -> {
            JsonNode stats = firm.stats(campaign);
            assertThat(stats.get("uniqueHumanClickers").asLong()).isEqualTo(1);
            assertThat(new BigDecimal(stats.get("clickThroughRatePercent").asText())).isEqualByComparingTo("100");
        });
    }

    private static ApiResponse clickFirstLink(ReceivedMail mail) {
        List<String> links = TrackedLinks.in(mail);
        assertThat(links).as("tracked links in: %s", mail.text()).isNotEmpty();
        return TrackedLinks.click(links.get(0));
    }

    static String rateTable(String rate) {
        StringBuilder rates = new StringBuilder();
        for (int years : new int[] {1, 5, 10, 20, 30}) {
            for (String riskClass : new String[] {"NHG", "LTV_60", "LTV_80", "LTV_90", "LTV_100"}) {
                rates.append(rates.isEmpty() ? "" : ", ").append("{\"fixedRatePeriodYears\": ").append(years)
                        .append(", \"riskClass\": \"").append(riskClass).append("\", \"rate\": ").append(rate).append('}');
            }
        }
        return "{\"lenderName\": \"E2E Bank\", \"validFrom\": \"" + ClientFile.today() + "\", \"rates\": [" + rates + "]}";
    }
}
