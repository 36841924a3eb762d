package nl.nazorg.signal.mortgage;

import static nl.nazorg.signal.mortgage.MonthlyPaymentTest.eur;
import static nl.nazorg.signal.mortgage.MonthlyPaymentTest.pct;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Expected figures: Python fractions, the present value summed month by month (not the closed form the
 * code uses): {@code c=(P-share*original)*(old-new)/1200; q=1+new/1200; sum(c/q**k for k in range(1,m+1))}.
 */
class PrepaymentFeeTest {

    private static final java.math.BigDecimal TEN_PERCENT = new java.math.BigDecimal("0.10");

    @Test
    void presentValueOfTheMonthlyInterestLossAboveTheFeeFreeAmount() {
        // c=(200000-F(1,10)*250000)*F('1.5')/1200; q=1+F(3,1200); print(float(sum(c/q**k for k in range(1,61))))
        //   -> 12173.953243988648
        assertThat(PrepaymentFee.estimate(eur("200000"), eur("250000"), TEN_PERCENT, pct("4.5"), pct("3.0"), 60))
                .isEqualByComparingTo("12173.95");
    }

    @Test
    void newRateOfZeroPercentDiscountsNothing() {
        // c=(200000-F(1,10)*250000)*F('1.2')/1200; print(float(c*24))  -> 4200.0
        assertThat(PrepaymentFee.estimate(eur("200000"), eur("250000"), TEN_PERCENT, pct("1.2"), pct("0"), 24))
                .isEqualByComparingTo("4200.00");
    }

    @Test
    void negativeNewRate() {
        // c=(200000-F(1,10)*250000)*F('1.5')/1200; q=1+F('-0.5')/1200; print(float(sum(c/q**k for k in range(1,37))))
        //   -> 7936.024808489014
        assertThat(PrepaymentFee.estimate(eur("200000"), eur("250000"), TEN_PERCENT, pct("1.0"), pct("-0.5"), 36))
                .isEqualByComparingTo("7936.02");
    }

    @Test
    void noFeeWhenTheNewRateIsNotLower() {
        assertThat(PrepaymentFee.estimate(eur("200000"), eur("250000"), TEN_PERCENT, pct("3"), pct("3"), 60)).isZero();
        assertThat(PrepaymentFee.estimate(eur("200000"), eur("250000"), TEN_PERCENT, pct("3"), pct("3.5"), 60)).isZero();
    }

    @Test
    void noFeeWithoutRemainingFixedRateMonthsAsForAVariableRate() {
        assertThat(PrepaymentFee.estimate(eur("200000"), eur("250000"), TEN_PERCENT, pct("4.5"), pct("3"), 0)).isZero();
    }

    @Test
    void theBaseNeverGoesBelowZero() {
        // 10% of the original 250,000 is 25,000, more than the 20,000 still owed: nothing to pay a fee on.
        assertThat(PrepaymentFee.estimate(eur("20000"), eur("250000"), TEN_PERCENT, pct("4.5"), pct("3"), 60)).isZero();
    }

    @Test
    void aRepaidPartHasNoFee() {
        assertThat(PrepaymentFee.estimate(eur("0"), eur("250000"), TEN_PERCENT, pct("4.5"), pct("3"), 60)).isZero();
    }
}
