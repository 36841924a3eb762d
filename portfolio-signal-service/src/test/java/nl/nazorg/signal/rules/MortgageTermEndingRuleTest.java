package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class MortgageTermEndingRuleTest {

    private final MortgageTermEndingRule rule = new MortgageTermEndingRule();

    private static ClientFixture termEnding(LocalDate end, String outstanding) {
        return client().mortgage(mortgage("M-1", end,
                part("LP-1", RepaymentType.INTEREST_ONLY, outstanding, "100000", "3.5", null, null, RiskClass.LTV_60, null)));
    }

    @Test
    void endingExactlyTwelveMonthsFromTodayCounts() {
        LocalDate end = LocalDate.of(2027, 3, 15);
        assertThat(rule.evaluate(termEnding(end, "100000").snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("MORTGAGE_TERM_ENDING:M-1:2027-03-15");
            assertThat(f.messageClass()).isEqualTo(MessageClass.SERVICE);
            assertThat(f.figure("monthsUntilTermEnd")).isEqualByComparingTo("12");
            assertThat(f.dueDate()).isEqualTo(end);
            assertThat(f.explanation().english()).isEqualTo("The mortgage term ends on 15 March 2027 while €100,000.00"
                    + " is still outstanding.");
        });
        assertThat(rule.evaluate(termEnding(end.plusDays(1), "100000").snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void anEndedTermWithDebtStaysOpen() {
        assertThat(rule.evaluate(termEnding(TODAY.minusMonths(2), "100000").snapshot(), context()).findings())
                .singleElement().satisfies(f -> assertThat(f.explanation().dutch()).contains("is geëindigd op"));
    }

    @Test
    void aRepaidMortgageRaisesNothing() {
        assertThat(rule.evaluate(termEnding(LocalDate.of(2026, 6, 1), "0").snapshot(), context()).findings()).isEmpty();
    }
}
