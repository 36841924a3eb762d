package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.launcher.api.ApiResponse;
import nl.nazorg.launcher.api.PlatformClient;

/**
 * Story 4: the client unsubscribes with one click (RFC 8058) → client-service withdraws the marketing consent →
 * the next marketing signal sends nothing, while a service message still goes.
 */
@ExtendWith(PlatformExtension.class)
class UnsubscribeStoryTest {

    private static final Pattern HTTP_URI = Pattern.compile("<(https?://[^>]+)>");

    @Test
    void aOneClickUnsubscribeStopsMarketingButNotServiceMessages(TestPlatform platform) {
        Firm firm = platform.newFirm();
        String travel = firm.autoCampaign("MISSING_TRAVEL_INSURANCE");
        String forSale = firm.autoCampaign("HOUSE_FOR_SALE");
        firm.autoCampaign("FIXED_RATE_ENDING");
        ClientFile bram = ClientFile.named("Bram").fixedRatePart("240000", "3.9", ClientFile.today().plusYears(7));
        String clientId = firm.enter(bram);
        firm.optIn(clientId);
        firm.awaitSignal(clientId, "HOME_EQUITY");
        firm.changePortfolio(clientId, bram.without("TRAVEL"));

        ReceivedMail marketing = platform.mailbox().awaitMessage(m -> m.isAddressedTo(bram.email()), Firm.FLOW);
        // Counted once the result is recorded, just after SMTP accepted it (the window of DESIGN.md §9).
        await().atMost(Firm.FLOW).untilAsserted(() -> assertThat(firm.stats(travel).get("sent").asLong()).isEqualTo(1));
        ApiResponse unsubscribed = oneClick(marketing);
        assertThat(unsubscribed.status()).isBetween(200, 299);
        await().atMost(Firm.FLOW).untilAsserted(() -> {
            JsonNode consent = firm.clients("GET", "/clients/" + clientId, null).json(200).get("marketingEmailConsent");
            assertThat(consent.get("status").asText()).isEqualTo("WITHDRAWN");
        });

        ClientFile listed = bram.forSale(true).fixedRateEndingOn(ClientFile.today().plusMonths(5));
        firm.changePortfolio(clientId, listed);

        platform.mailbox().awaitMessage(m -> m.isAddressedTo(bram.email()) && m.subject().contains("rentevaste periode"),
                Firm.FLOW);
        firm.awaitSignal(clientId, "HOUSE_FOR_SALE");
        await().atMost(Firm.FLOW).untilAsserted(() -> {
            JsonNode stats = firm.stats(forSale);
            assertThat(stats.get("selected").asLong()).isEqualTo(1);
            assertThat(stats.get("suppressed").asLong()).isEqualTo(1);
            assertThat(stats.get("sent").asLong()).isZero();
        });
        assertThat(platform.mailbox().messagesTo(bram.email())).hasSize(2);
    }

    private static ApiResponse oneClick(ReceivedMail mail) {
        String header = mail.header("List-Unsubscribe").orElseThrow();
        Matcher uri = HTTP_URI.matcher(header);
        assertThat(uri.find()).as(header).isTrue();
        return PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(uri.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
    }
}
