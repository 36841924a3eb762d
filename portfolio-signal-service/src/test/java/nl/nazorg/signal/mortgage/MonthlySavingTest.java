package nl.nazorg.signal.mortgage;

import static nl.nazorg.signal.mortgage.MonthlyPaymentTest.eur;
import static nl.nazorg.signal.mortgage.MonthlyPaymentTest.pct;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected figures: exact fractions in Python, one-liners below, rounded HALF_UP to the cent by hand. */
class MonthlySavingTest {

    @Test
    void savingOfARateDropOnAnAnnuity() {
        // a=lambda p: (lambda r: 300000*r/(1-(1+r)**-360))(F(p)/1200); print(float(a('4')-a('3')))  -> 167.43378520802716
        assertThat(MonthlySaving.of(RepaymentType.ANNUITY, eur("300000"), pct("4"), pct("3"), 360))
                .isEqualByComparingTo("167.43");
    }

    @Test
    void savingIsRoundedOnlyAtTheEnd() {
        // a=lambda p: (lambda r: 100000*r/(1-(1+r)**-300))(F(p)/1200); print(float(a('4.1')), float(a('3.2')), float(a('4.1')-a('3.2')))
        //   -> 533.3740079282883 484.67898184662715 48.69502608166118
        // Rounded payments differ by 533.37 - 484.68 = 48.69; the exact difference rounds to 48.70.
        assertThat(MonthlyPayment.of(RepaymentType.ANNUITY, eur("100000"), pct("4.1"), 300)
                .subtract(MonthlyPayment.of(RepaymentType.ANNUITY, eur("100000"), pct("3.2"), 300)))
                .isEqualByComparingTo("48.69");
        assertThat(MonthlySaving.of(RepaymentType.ANNUITY, eur("100000"), pct("4.1"), pct("3.2"), 300))
                .isEqualByComparingTo("48.70");
    }

    @Test
    void aHigherNewRateGivesANegativeSaving() {
        // 100000 * (2 - 3) / 1200 = -83.333... -> -83.33
        assertThat(MonthlySaving.of(RepaymentType.INTEREST_ONLY, eur("100000"), pct("2"), pct("3"), 120))
                .isEqualByComparingTo("-83.33");
    }

    @Test
    void aRepaidPartSavesNothing() {
        assertThat(MonthlySaving.of(RepaymentType.ANNUITY, eur("0"), pct("5"), pct("3"), 120)).isEqualByComparingTo("0.00");
    }
}
