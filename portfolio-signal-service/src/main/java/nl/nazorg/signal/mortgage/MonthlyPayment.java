package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Gross monthly payment (bruto maandlast) of one loan part, before tax deduction.
 * P = outstanding principal, r = annual rate / 12, n = remaining months of the term:
 * annuity {@code P·r / (1 − (1 + r)^−n)} ({@code P/n} when r = 0), linear {@code P/n + P·r}
 * (this month's payment), interest-only {@code P·r}.
 *
 * <p>A repaid part (P = 0) pays nothing. When n = 0 the term has ended and the whole principal is
 * due: it is treated as one last month, which is what both formulas give for n = 1 ({@code P·(1 + r)}).
 * With a negative rate an interest-only payment is negative: the lender pays the client.
 */
public final class MonthlyPayment {

    private MonthlyPayment() {
    }

    /** The payment rounded to the cent. */
    public static BigDecimal of(RepaymentType type, BigDecimal principal, BigDecimal annualRatePercent,
            int remainingMonths) {
        return Euro.cents(exact(type, principal, annualRatePercent, remainingMonths));
    }

    /** The payment at full precision, for sums and differences that are rounded later. */
    public static BigDecimal exact(RepaymentType type, BigDecimal principal, BigDecimal annualRatePercent,
            int remainingMonths) {
        Objects.requireNonNull(type, "repayment type");
        Objects.requireNonNull(principal, "principal");
        if (principal.signum() < 0) {
            throw new IllegalArgumentException("negative principal: " + principal.toPlainString());
        }
        if (remainingMonths < 0) {
            throw new IllegalArgumentException("negative remaining months: " + remainingMonths);
        }
        BigDecimal r = InterestRate.monthlyFraction(annualRatePercent);
        if (principal.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal interest = principal.multiply(r, Euro.MATH);
        BigDecimal n = BigDecimal.valueOf(Math.max(remainingMonths, 1));
        return switch (type) {
            case INTEREST_ONLY -> interest;
            case LINEAR -> principal.divide(n, Euro.MATH).add(interest, Euro.MATH);
            case ANNUITY -> annuity(principal, r, n.intValueExact(), interest);
        };
    }

    private static BigDecimal annuity(BigDecimal principal, BigDecimal r, int n, BigDecimal interest) {
        if (r.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(n), Euro.MATH);
        }
        // P·r / (1 − (1+r)^−n) rewritten as P·r·f / (f − 1) with f = (1+r)^n: no negative power needed.
        BigDecimal f = Compounding.factor(r, n);
        return interest.multiply(f, Euro.MATH).divide(f.subtract(BigDecimal.ONE), Euro.MATH);
    }
}
