package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.eur;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.model.Insurance;
import nl.nazorg.signal.model.InsuranceType;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class TermLifeOverinsuredRuleTest {

    private final TermLifeOverinsuredRule rule = new TermLifeOverinsuredRule();

    private static ClientFixture withTermLife(String coverage, String premium, LocalDate endDate) {
        ClientFixture client = client().mortgage(mortgage("M-1", LocalDate.of(2051, 3, 15),
                part("LP-1", RepaymentType.ANNUITY, "250000", "300000", "3.5", null, null, RiskClass.LTV_80, null)));
        client.insurances.add(new Insurance("ORV-1", InsuranceType.TERM_LIFE, "LEVEN NV", eur(coverage),
                premium == null ? null : eur(premium), endDate));
        return client;
    }

    @Test
    void coverageTwentyPercentAboveTheDebtCounts() {
        // 300,000 - 250,000 = 50,000 = 20% of 250,000; premium drop 40 * 50000/300000 = 6.666.. -> 6.67
        assertThat(rule.evaluate(withTermLife("300000", "40.00", null).snapshot(), context()).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("TERM_LIFE_OVERINSURED:ORV-1");
                    assertThat(f.figure("excessCoverage")).isEqualByComparingTo("50000");
                    assertThat(f.figure("excessPercent")).isEqualByComparingTo("20.00");
                    assertThat(f.figure("estimatedPremiumDrop")).isEqualByComparingTo("6.67");
                });
    }

    @Test
    void justUnderTwentyPercentWithASmallPremiumDoesNot() {
        // 299,999: excess 49,999 < 50,000; premium drop 40 * 49999/299999 = 6.67 < 100
        assertThat(rule.evaluate(withTermLife("299999", "40.00", null).snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void aPremiumDropOfAtLeastTheClientsMinimumCounts() {
        // 260,000 covers 4% too much; premium 130 * 10000/260000 = 5.00 >= the client's own minimum of 5.00
        ClientFixture client = withTermLife("260000", "130.00", null);
        client.minimumMonthlySaving = eur("5.00");
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).singleElement()
                .satisfies(f -> assertThat(f.figure("estimatedPremiumDrop")).isEqualByComparingTo("5.00"));
        client.minimumMonthlySaving = eur("5.01");
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void underinsuredOrEndedPoliciesRaiseNothing() {
        assertThat(rule.evaluate(withTermLife("200000", "40.00", null).snapshot(), context()).findings()).isEmpty();
        assertThat(rule.evaluate(withTermLife("400000", "40.00", TODAY.minusDays(1)).snapshot(), context()).findings()).isEmpty();
    }
}
