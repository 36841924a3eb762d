package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class HomeEquityRuleTest {

    private final HomeEquityRule rule = new HomeEquityRule();

    private static ClientFixture owing(String outstanding) {
        return client().mortgage(mortgage("M-1", LocalDate.of(2051, 3, 15),
                part("LP-1", RepaymentType.ANNUITY, outstanding, "380000", "3.5", null, null, RiskClass.LTV_100, null)));
    }

    @Test
    void equityOfExactly50000Counts() {
        // 400,000 - 350,000 = 50,000
        assertThat(rule.evaluate(owing("350000").snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("HOME_EQUITY");
            assertThat(f.figure("homeEquity")).isEqualByComparingTo("50000");
            assertThat(f.figure("loanToValuePercent")).isEqualByComparingTo("87.50");
            assertThat(f.explanation().dutch()).isEqualTo("De woning is € 400.000,00 waard en de hypotheekschuld is"
                    + " € 350.000,00: de overwaarde is € 50.000,00.");
        });
    }

    @Test
    void oneEuroLessDoesNot() {
        assertThat(rule.evaluate(owing("350001").snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void aRepaidHomeIsAllEquity() {
        assertThat(rule.evaluate(owing("0").snapshot(), context()).findings()).singleElement()
                .satisfies(f -> assertThat(f.figure("homeEquity")).isEqualByComparingTo("400000"));
    }

    @Test
    void aMissingValuationIsNoted() {
        RuleResult result = rule.evaluate(owing("100000").marketValue(null).snapshot(), context());
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.reason()).isEqualTo("no market value known"));
    }
}
