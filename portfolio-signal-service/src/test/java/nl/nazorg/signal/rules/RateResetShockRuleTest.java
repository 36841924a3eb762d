package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static nl.nazorg.signal.rules.ClientFixture.rate;
import static nl.nazorg.signal.rules.ClientFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

/** Today 15 March 2026; term end 15 March 2046 gives n = 240. Figures: Python fractions, rounded HALF_UP by hand. */
class RateResetShockRuleTest {

    private static final LocalDate TERM_END = LocalDate.of(2046, 3, 15);
    private final RateResetShockRule rule = new RateResetShockRule();
    private static final MarketRateTable ALFA = table("ALFA", rate(10, RiskClass.LTV_80, "4.50"), rate(10, RiskClass.LTV_60, "3.00"));

    private static ClientFixture client(RepaymentType type, String outstanding, LocalDate fixedEnd) {
        // value 400,000: 250,000 -> LTV 62.5% -> LTV_80; 120,000 -> 30% -> LTV_60
        return ClientFixture.client().mortgage(mortgage("M-1", TERM_END,
                part("LP-1", type, outstanding, "300000", "2.0", fixedEnd, 10, RiskClass.LTV_80, null)));
    }

    @Test
    void renewingAtTodaysRateRaisesThePaymentByMoreThanTheThreshold() {
        // A=lambda p:(lambda r:250000*r/(1-(1+r)**-240))(F(p)/1200); print(float(A('2.0')), float(A('4.5')), float(A('4.5')-A('2.0')))
        //   -> 1264.7083376127928 1581.623440549906 316.91510293711326
        // the increase is rounded once: 316.92 (not 1581.62 - 1264.71 = 316.91)
        LocalDate end = LocalDate.of(2027, 1, 15);
        assertThat(rule.evaluate(client(RepaymentType.ANNUITY, "250000", end).snapshot(), context(ALFA)).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("RATE_RESET_SHOCK:M-1:LP-1:2027-01-15");
                    assertThat(f.category()).isEqualTo(SignalCategory.RISK);
                    assertThat(f.messageClass()).isEqualTo(MessageClass.SERVICE);
                    assertThat(f.figure("monthlyIncrease")).isEqualByComparingTo("316.92");
                    assertThat(f.figure("currentMonthlyPayment")).isEqualByComparingTo("1264.71");
                    assertThat(f.figure("renewalMonthlyPayment")).isEqualByComparingTo("1581.62");
                    assertThat(f.inputs()).containsEntry("renewalRateSource", "LENDER").containsEntry("renewalLender", "ALFA");
                    assertThat(f.dueDate()).isEqualTo(end);
                    assertThat(f.explanation().dutch()).contains("stijgt de bruto maandlast met € 316,92");
                });
    }

    @Test
    void anIncreaseOfExactlyTheThresholdCountsOneCentLessDoesNot() {
        // interest-only: 120000*(3-2)/1200 = 100.00; 119988*(3-2)/1200 = 99.99 (both LTV_60, renewal 3.00)
        LocalDate end = LocalDate.of(2027, 1, 15);
        assertThat(rule.evaluate(client(RepaymentType.INTEREST_ONLY, "120000", end).snapshot(), context(ALFA)).findings())
                .singleElement().satisfies(f -> assertThat(f.figure("monthlyIncrease")).isEqualByComparingTo("100.00"));
        assertThat(rule.evaluate(client(RepaymentType.INTEREST_ONLY, "119988", end).snapshot(), context(ALFA)).findings())
                .isEmpty();
    }

    @Test
    void onlyWithinTwelveMonths() {
        assertThat(rule.evaluate(client(RepaymentType.ANNUITY, "250000", LocalDate.of(2027, 3, 15)).snapshot(), context(ALFA))
                .findings()).hasSize(1);
        assertThat(rule.evaluate(client(RepaymentType.ANNUITY, "250000", LocalDate.of(2027, 3, 16)).snapshot(), context(ALFA))
                .findings()).isEmpty();
    }

    @Test
    void withoutTheOwnLendersTableTheBestMarketRateStandsIn() {
        MarketRateTable beta = table("BETA", rate(10, RiskClass.LTV_80, "4.50"));
        assertThat(rule.evaluate(client(RepaymentType.ANNUITY, "250000", LocalDate.of(2027, 1, 15)).snapshot(), context(beta))
                .findings()).singleElement()
                .satisfies(f -> assertThat(f.inputs()).containsEntry("renewalRateSource", "MARKET").containsEntry("renewalLender", "BETA"));
    }

    @Test
    void aMissingValuationIsNoted() {
        RuleResult result = rule.evaluate(client(RepaymentType.ANNUITY, "250000", LocalDate.of(2027, 1, 15))
                .marketValue(null).snapshot(), context(ALFA));
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("no market value"));
    }

    @Test
    void aRepaidPartHasNoShock() {
        assertThat(rule.evaluate(client(RepaymentType.ANNUITY, "0", LocalDate.of(2027, 1, 15)).snapshot(), context(ALFA)))
                .isEqualTo(RuleResult.none());
    }
}
