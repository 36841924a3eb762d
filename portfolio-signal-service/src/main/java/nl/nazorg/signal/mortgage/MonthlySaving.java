package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;

/**
 * Monthly saving of a rate change: the payment now minus the payment at the new rate, with the same
 * principal and remaining months, rounded to the cent only at the end. Negative when the new rate is
 * higher (then it is the monthly increase, with its sign flipped).
 */
public final class MonthlySaving {

    private MonthlySaving() {
    }

    /** The saving rounded to the cent. */
    public static BigDecimal of(RepaymentType type, BigDecimal principal, BigDecimal currentRatePercent,
            BigDecimal newRatePercent, int remainingMonths) {
        return Euro.cents(exact(type, principal, currentRatePercent, newRatePercent, remainingMonths));
    }

    /** The saving at full precision, for sums over loan parts that are rounded once. */
    public static BigDecimal exact(RepaymentType type, BigDecimal principal, BigDecimal currentRatePercent,
            BigDecimal newRatePercent, int remainingMonths) {
        BigDecimal now = MonthlyPayment.exact(type, principal, currentRatePercent, remainingMonths);
        BigDecimal atNewRate = MonthlyPayment.exact(type, principal, newRatePercent, remainingMonths);
        return now.subtract(atNewRate, Euro.MATH);
    }
}
