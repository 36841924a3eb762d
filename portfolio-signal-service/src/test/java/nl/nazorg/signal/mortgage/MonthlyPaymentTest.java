package nl.nazorg.signal.mortgage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Expected figures come from exact rational arithmetic in Python (fractions), with the formula written
 * out independently; each one-liner runs as {@code python3 -c "from fractions import Fraction as F; ..."}
 * and the printed value is rounded HALF_UP to the cent by hand.
 */
class MonthlyPaymentTest {

    @Test
    void annuityMatchesThePublishedTableValue() {
        // Published 30-year annuity tables: 300,000 at 4% over 360 months pays 1,432.25 a month.
        // r=F(4,1200); print(float(300000*r/(1-(1+r)**-360)))  -> 1432.2458863963784
        assertThat(MonthlyPayment.of(RepaymentType.ANNUITY, eur("300000"), pct("4"), 360)).isEqualByComparingTo("1432.25");
    }

    @Test
    void annuityAtAFractionalRate() {
        // r=F('3.45')/1200; print(float(250000*r/(1-(1+r)**-240)))  -> 1443.484293847386
        assertThat(MonthlyPayment.of(RepaymentType.ANNUITY, eur("250000"), pct("3.45"), 240)).isEqualByComparingTo("1443.48");
    }

    @Test
    void annuityAtZeroPercentIsPrincipalOverMonths() {
        // 120000 / 240 = 500 exactly
        assertThat(MonthlyPayment.of(RepaymentType.ANNUITY, eur("120000"), pct("0"), 240)).isEqualByComparingTo("500.00");
    }

    @Test
    void annuityAtNegativeRates() {
        // r=F('-0.5')/1200; print(float(100000*r/(1-(1+r)**-120)))  -> 812.5000168823034
        assertThat(MonthlyPayment.of(RepaymentType.ANNUITY, eur("100000"), pct("-0.5"), 120)).isEqualByComparingTo("812.50");
        // r=F(-1,1200); print(float(100000*r/(1-(1+r)**-120)))  -> 792.0140142982297
        assertThat(MonthlyPayment.of(RepaymentType.ANNUITY, eur("100000"), pct("-1"), 120)).isEqualByComparingTo("792.01");
    }

    @Test
    void ratesBelowMinusOnePercentAreRefused() {
        assertThatThrownBy(() -> MonthlyPayment.of(RepaymentType.ANNUITY, eur("100000"), pct("-1.001"), 120))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1%");
    }

    @Test
    void linearPaysThisMonthsRepaymentPlusInterest() {
        // print(float(F(240000,360)+240000*F(3,1200)))  -> 1266.6666666666667
        assertThat(MonthlyPayment.of(RepaymentType.LINEAR, eur("240000"), pct("3"), 360)).isEqualByComparingTo("1266.67");
    }

    @Test
    void interestOnlyPaysInterestOnly() {
        // 200000 * 3.6 / 1200 = 600 exactly
        assertThat(MonthlyPayment.of(RepaymentType.INTEREST_ONLY, eur("200000"), pct("3.6"), 240)).isEqualByComparingTo("600.00");
    }

    @Test
    void interestOnlyAtANegativeRateIsPaidToTheClient() {
        // 200000 * -0.6 / 1200 = -100 exactly
        assertThat(MonthlyPayment.of(RepaymentType.INTEREST_ONLY, eur("200000"), pct("-0.6"), 240)).isEqualByComparingTo("-100.00");
    }

    @Test
    void aRepaidPartPaysNothing() {
        for (RepaymentType type : RepaymentType.values()) {
            assertThat(MonthlyPayment.of(type, BigDecimal.ZERO, pct("4"), 240)).as(type.name()).isEqualByComparingTo("0.00");
            assertThat(MonthlyPayment.of(type, BigDecimal.ZERO, pct("4"), 0)).as(type.name()).isEqualByComparingTo("0.00");
        }
    }

    @Test
    void noMonthsLeftMeansTheWholePrincipalPlusOneMonthsInterestIsDue() {
        // n = 0 is treated as one last month: 10000 * (1 + 6/1200) = 10050 for annuity and linear alike
        assertThat(MonthlyPayment.of(RepaymentType.ANNUITY, eur("10000"), pct("6"), 0)).isEqualByComparingTo("10050.00");
        assertThat(MonthlyPayment.of(RepaymentType.LINEAR, eur("10000"), pct("6"), 0)).isEqualByComparingTo("10050.00");
        assertThat(MonthlyPayment.of(RepaymentType.INTEREST_ONLY, eur("10000"), pct("6"), 0)).isEqualByComparingTo("50.00");
    }

    @Test
    void negativeInputsAreRefused() {
        assertThatThrownBy(() -> MonthlyPayment.of(RepaymentType.ANNUITY, eur("-1"), pct("4"), 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthlyPayment.of(RepaymentType.ANNUITY, eur("1000"), pct("4"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static BigDecimal pct(String percent) {
        return new BigDecimal(percent);
    }
}
