package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.model.PaymentArrear;
import org.junit.jupiter.api.Test;

class PaymentArrearsRuleTest {

    private final PaymentArrearsRule rule = new PaymentArrearsRule();

    @Test
    void anOpenMissedPaymentReportedExactlyThreeMonthsAgoCounts() {
        ClientFixture client = client();
        client.arrears.add(new PaymentArrear(LocalDate.of(2025, 12, 15), eur("1250.40"), false));
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("PAYMENT_ARREARS");
            assertThat(f.type().suppressesMarketing()).isTrue();
            assertThat(f.messageClass()).isEqualTo(MessageClass.SERVICE);
            assertThat(f.figure("openMissedPayments")).isEqualByComparingTo("1");
            assertThat(f.figure("amountInArrears")).isEqualByComparingTo("1250.40");
            assertThat(f.dueDate()).isEqualTo(LocalDate.of(2025, 12, 18));
        });
    }

    @Test
    void olderOrResolvedReportsDoNotCount() {
        ClientFixture client = client();
        client.arrears.add(new PaymentArrear(LocalDate.of(2025, 12, 14), eur("900"), false));
        client.arrears.add(new PaymentArrear(TODAY.minusDays(3), eur("900"), true));
        assertThat(rule.evaluate(client.snapshot(), context())).isEqualTo(RuleResult.none());
    }

    @Test
    void severalOpenReportsAreOneSignal() {
        ClientFixture client = client();
        client.arrears.add(new PaymentArrear(LocalDate.of(2026, 3, 1), eur("1000.00"), false));
        client.arrears.add(new PaymentArrear(LocalDate.of(2026, 2, 1), eur("1000.00"), false));
        client.arrears.add(new PaymentArrear(LocalDate.of(2026, 1, 1), null, false));
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.figure("openMissedPayments")).isEqualByComparingTo("3");
            assertThat(f.figure("amountInArrears")).isEqualByComparingTo("2000.00");
            assertThat(f.inputs()).containsEntry("earliestReportedOn", "2026-01-01").containsEntry("latestReportedOn", "2026-03-01");
            assertThat(f.explanation().dutch()).isEqualTo("Er zijn 3 gemiste betalingen gemeld (laatst op 1 maart 2026),"
                    + " samen € 2.000,00. Neem persoonlijk contact op; er gaan geen commerciële berichten uit.");
        });
    }
}
