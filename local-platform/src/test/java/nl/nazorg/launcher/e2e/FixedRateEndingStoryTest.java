package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.infra.mail.ReceivedMail;

/**
 * Story 1: an adviser enters a client whose fixed-rate period ends in five months → FIXED_RATE_ENDING on the
 * worklist → a personal service e-mail in Dutch, sent without marketing consent (it is about a product the client has).
 */
@ExtendWith(PlatformExtension.class)
class FixedRateEndingStoryTest {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Test
    void aFixedRatePeriodEndingInFiveMonthsBecomesAServiceEmail(TestPlatform platform) {
        Firm firm = platform.newFirm();
        String campaign = firm.autoCampaign("FIXED_RATE_ENDING");
        LocalDate fixedRateEnd = ClientFile.today().plusMonths(5);
        ClientFile sanne = ClientFile.named("Sanne").fixedRatePart("180000", "4.2", fixedRateEnd);
        String clientId = firm.enter(sanne);

        JsonNode signal = firm.awaitSignal(clientId, "FIXED_RATE_ENDING");
        assertThat(signal.get("messageClass").asText()).isEqualTo("SERVICE");
        assertThat(signal.get("explanation").get("nl").asText()).isNotBlank();

        ReceivedMail mail = platform.mailbox().awaitMessage(m -> m.isAddressedTo(sanne.email()), Firm.FLOW);
        assertThat(mail.subject()).startsWith("Sanne, uw rentevaste periode loopt op " + DUTCH_DATE.format(fixedRateEnd));
        assertThat(mail.text()).contains("Beste Sanne,").contains("€ 180.000,00").contains("4,2");
        assertThat(mail.header("List-Unsubscribe")).isPresent();
        assertThat(mail.header("List-Unsubscribe-Post")).hasValue("List-Unsubscribe=One-Click");
        // Counted once the result is recorded, just after SMTP accepted it (the window of DESIGN.md §9).
        await().atMost(Firm.FLOW).untilAsserted(() -> assertThat(firm.stats(campaign).get("sent").asLong()).isEqualTo(1));
    }
}
