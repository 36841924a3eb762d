package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;

/**
 * The compound factor {@code f = (1 + r)^n} of a monthly fraction r over n months, at {@link Euro#MATH}: the
 * annuity and the prepayment fee's present value both need it, for the few rates and terms a loan book holds.
 */
final class Compounding {

    private record RateAndMonths(BigDecimal monthlyFraction, int months) {
    }

    private static final Remembered<RateAndMonths, BigDecimal> FACTORS = new Remembered<>(
            key -> BigDecimal.ONE.add(key.monthlyFraction()).pow(key.months(), Euro.MATH));

    private Compounding() {
    }

    static BigDecimal factor(BigDecimal monthlyFraction, int months) {
        return FACTORS.of(new RateAndMonths(monthlyFraction, months));
    }
}
