package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.contextOn;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class FixedRateEndingRuleTest {

    private final FixedRateEndingRule rule = new FixedRateEndingRule();

    private static ClientFixture endingOn(LocalDate end, String outstanding) {
        return client().mortgage(mortgage("M-1", LocalDate.of(2051, 3, 15),
                part("LP-1", RepaymentType.ANNUITY, outstanding, "300000", "2.100", end, 10, RiskClass.LTV_80, null)));
    }

    @Test
    void endingExactlySixMonthsFromTodayCounts() {
        LocalDate end = LocalDate.of(2026, 9, 15);
        assertThat(rule.evaluate(endingOn(end, "250000").snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("FIXED_RATE_ENDING:M-1:LP-1:2026-09-15");
            assertThat(f.category()).isEqualTo(SignalCategory.SERVICE);
            assertThat(f.messageClass()).isEqualTo(MessageClass.SERVICE);
            assertThat(f.dueDate()).isEqualTo(end);
            assertThat(f.figure("monthsUntilFixedRateEnd")).isEqualByComparingTo("6");
            assertThat(f.figure("outstandingPrincipal")).isEqualByComparingTo("250000");
            assertThat(f.explanation().dutch()).isEqualTo("De rentevaste periode van leningdeel LP-1 (€ 250.000,00 tegen"
                    + " 2,10%) eindigt op 15 september 2026. Het is tijd om een nieuwe rentevaste periode te kiezen.");
        });
    }

    @Test
    void oneDayLaterDoesNot() {
        assertThat(rule.evaluate(endingOn(LocalDate.of(2026, 9, 16), "250000").snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void endingTodayCountsEndedDoesNot() {
        assertThat(rule.evaluate(endingOn(TODAY, "250000").snapshot(), context()).findings()).hasSize(1);
        assertThat(rule.evaluate(endingOn(TODAY.minusDays(1), "250000").snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void sixMonthsFromTheEndOfAMonthIsTheEndOfTheShorterMonth() {
        LocalDate endOfAugust = LocalDate.of(2026, 8, 31);
        assertThat(rule.evaluate(endingOn(LocalDate.of(2027, 2, 28), "250000").snapshot(), contextOn(endOfAugust)).findings())
                .hasSize(1);
        assertThat(rule.evaluate(endingOn(LocalDate.of(2027, 3, 1), "250000").snapshot(), contextOn(endOfAugust)).findings())
                .isEmpty();
    }

    @Test
    void repaidAndVariableRatePartsAreLeftOut() {
        assertThat(rule.evaluate(endingOn(LocalDate.of(2026, 6, 1), "0").snapshot(), context()).findings()).isEmpty();
        assertThat(rule.evaluate(endingOn(null, "250000").snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void aTenantMayLookFurtherAhead() {
        var nineMonths = nl.nazorg.signal.model.TenantSignalSettings.defaults().toBuilder().fixedRateEndingMonths(9).build();
        assertThat(rule.evaluate(endingOn(LocalDate.of(2026, 12, 15), "250000").snapshot(), context(nineMonths)).findings())
                .hasSize(1);
    }
}
