package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Estimated prepayment fee (boeterente, vergoeding bij vervroegd aflossen) for repaying a loan part
 * inside its fixed-rate period: the present value, discounted monthly at the new rate, of the monthly
 * interest loss {@code (P − fee-free amount) · (old rate − new rate) / 12} over each remaining
 * fixed-rate month. The fee-free amount is the fee-free share (default 10%) of the ORIGINAL principal;
 * the base never goes below 0. The fee is 0 when the new rate is not lower, and 0 for a variable-rate
 * part, which has no remaining fixed-rate months.
 *
 * <p>An estimate: lenders compare with their own rate for the remaining period and have their own
 * fee-free rules; the adviser checks the lender's figure before advising.
 */
public final class PrepaymentFee {

    private PrepaymentFee() {
    }

    /** The fee estimate rounded to the cent. */
    public static BigDecimal estimate(BigDecimal outstandingPrincipal, BigDecimal originalPrincipal,
            BigDecimal feeFreeShare, BigDecimal currentRatePercent, BigDecimal newRatePercent,
            int remainingFixedRateMonths) {
        return Euro.cents(exact(outstandingPrincipal, originalPrincipal, feeFreeShare, currentRatePercent,
                newRatePercent, remainingFixedRateMonths));
    }

    /** The fee estimate at full precision, for sums over loan parts that are rounded once. */
    public static BigDecimal exact(BigDecimal outstandingPrincipal, BigDecimal originalPrincipal,
            BigDecimal feeFreeShare, BigDecimal currentRatePercent, BigDecimal newRatePercent,
            int remainingFixedRateMonths) {
        Objects.requireNonNull(outstandingPrincipal, "outstanding principal");
        Objects.requireNonNull(originalPrincipal, "original principal");
        Objects.requireNonNull(feeFreeShare, "fee-free share");
        BigDecimal rateDrop = InterestRate.requireAllowed(currentRatePercent)
                .subtract(InterestRate.requireAllowed(newRatePercent));
        if (rateDrop.signum() <= 0 || remainingFixedRateMonths <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal feeFreeAmount = originalPrincipal.multiply(feeFreeShare, Euro.MATH);
        BigDecimal base = outstandingPrincipal.subtract(feeFreeAmount, Euro.MATH).max(BigDecimal.ZERO);
        BigDecimal monthlyLoss = base.multiply(InterestRate.monthlyFraction(rateDrop), Euro.MATH);
        return presentValue(monthlyLoss, InterestRate.monthlyFraction(newRatePercent), remainingFixedRateMonths);
    }

    /** Σ c / (1+r)^k for k = 1..m, in closed form c·(f − 1) / (r·f) with f = (1+r)^m; m·c when r = 0. */
    private static BigDecimal presentValue(BigDecimal monthlyAmount, BigDecimal r, int months) {
        if (r.signum() == 0) {
            return monthlyAmount.multiply(BigDecimal.valueOf(months), Euro.MATH);
        }
        BigDecimal f = Compounding.factor(r, months);
        return monthlyAmount.multiply(f.subtract(BigDecimal.ONE), Euro.MATH)
                .divide(r.multiply(f, Euro.MATH), Euro.MATH);
    }
}
