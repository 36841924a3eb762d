package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The payment and prepayment-fee formulas of the {@link MonthlyPayment} and {@link PrepaymentFee} javadoc, written out
 * again with plain BigDecimal at DECIMAL128 and nothing remembered: the reference the memoised production arithmetic
 * must match digit for digit. DECIMAL128 arithmetic is not associative, so "digit for digit" needs the same closed
 * forms in the same order of operations; {@link #textbookAnnuity} and {@link #discountedMonthByMonth} check those
 * closed forms against the formulas as the javadoc states them, to a tolerance far below a cent.
 */
final class PaymentReference {

    static final MathContext MATH = MathContext.DECIMAL128;

    private static final BigDecimal TWELVE_HUNDRED = new BigDecimal("1200");

    private PaymentReference() {
    }

    /** r = annual percent / 12 / 100: computed once per rate and case by the caller, never remembered across cases. */
    static BigDecimal monthly(BigDecimal annualPercent) {
        return annualPercent.divide(TWELVE_HUNDRED, MATH);
    }

    /**
     * Annuity P·r·f / (f − 1) with f = (1 + r)^n (P/n at r = 0), linear P/n + P·r, interest-only P·r, for the
     * monthly fraction r of {@link #monthly}. n = 0 counts as one last month; a repaid part (P = 0) pays nothing.
     */
    static BigDecimal payment(RepaymentType type, BigDecimal principal, BigDecimal r, int months) {
        if (principal.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal interest = principal.multiply(r, MATH);
        BigDecimal n = BigDecimal.valueOf(Math.max(months, 1));
        return switch (type) {
            case INTEREST_ONLY -> interest;
            case LINEAR -> principal.divide(n, MATH).add(interest, MATH);
            case ANNUITY -> r.signum() == 0 ? principal.divide(n, MATH) : annuity(interest, r, n.intValue());
        };
    }

    private static BigDecimal annuity(BigDecimal interest, BigDecimal r, int months) {
        BigDecimal f = BigDecimal.ONE.add(r).pow(months, MATH);
        return interest.multiply(f, MATH).divide(f.subtract(BigDecimal.ONE), MATH);
    }

    /**
     * Present value at the new rate of (P − share·original, at least 0) · (old − new rate)/12 a month over m
     * months: c·(f − 1) / (r·f) with f = (1 + r)^m and r the monthly fraction of the new rate, m·c at r = 0;
     * nothing when the rate does not drop or m = 0.
     */
    static BigDecimal fee(BigDecimal outstanding, BigDecimal original, BigDecimal feeFreeShare,
            BigDecimal currentPercent, BigDecimal newPercent, BigDecimal r, int fixedMonths) {
        BigDecimal drop = currentPercent.subtract(newPercent);
        if (drop.signum() <= 0 || fixedMonths <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal monthlyLoss = monthlyLoss(outstanding, original, feeFreeShare, currentPercent, newPercent);
        if (r.signum() == 0) {
            return monthlyLoss.multiply(BigDecimal.valueOf(fixedMonths), MATH);
        }
        BigDecimal f = BigDecimal.ONE.add(r).pow(fixedMonths, MATH);
        return monthlyLoss.multiply(f.subtract(BigDecimal.ONE), MATH).divide(r.multiply(f, MATH), MATH);
    }

    /** The annuity as the javadoc writes it, P·r / (1 − (1 + r)^−n), for a non-zero r and n ≥ 1. */
    static BigDecimal textbookAnnuity(BigDecimal principal, BigDecimal r, int months) {
        BigDecimal discount = BigDecimal.ONE.add(r).pow(-months, MATH);
        return principal.multiply(r, MATH).divide(BigDecimal.ONE.subtract(discount), MATH);
    }

    /** Σ c / (1 + r)^k for k = 1..m, one month at a time. */
    static BigDecimal discountedMonthByMonth(BigDecimal monthlyAmount, BigDecimal r, int months) {
        BigDecimal onePlusR = BigDecimal.ONE.add(r);
        BigDecimal term = monthlyAmount;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k <= months; k++) {
            term = term.divide(onePlusR, MATH);
            sum = sum.add(term, MATH);
        }
        return sum;
    }

    /** The monthly loss the fee discounts: (P − share·original, at least 0) · (old − new rate)/12. */
    static BigDecimal monthlyLoss(BigDecimal outstanding, BigDecimal original, BigDecimal feeFreeShare,
            BigDecimal currentPercent, BigDecimal newPercent) {
        BigDecimal base = outstanding.subtract(original.multiply(feeFreeShare, MATH), MATH).max(BigDecimal.ZERO);
        return base.multiply(monthly(currentPercent.subtract(newPercent)), MATH);
    }

    /** To the cent, half up. */
    static BigDecimal cents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
