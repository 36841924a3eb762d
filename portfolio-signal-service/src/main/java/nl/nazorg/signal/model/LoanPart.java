package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.nazorg.signal.mortgage.InterestRate;
import nl.nazorg.signal.mortgage.RemainingMonths;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * Loan part (leningdeel) of a mortgage.
 *
 * @param interestRatePercent annual rate in percent ({@code 3.450} = 3.45%), at least -1
 * @param fixedRateEndDate end of the fixed-rate period (rentevastperiode); null for a variable rate
 * @param riskClass the risk class the current rate was priced on
 * @param feeFreePrepaymentShare share of the original principal that may be repaid each calendar year
 *        without fee (boetevrije aflossing); null means the usual 10%
 * @param fixedRatePeriodYears the agreed length of the fixed-rate period in years (10 for "10 jaar vast");
 *        null when unknown, then the remaining fixed-rate period stands in for it
 */
public record LoanPart(
        String loanPartId,
        RepaymentType repaymentType,
        BigDecimal originalPrincipal,
        BigDecimal outstandingPrincipal,
        BigDecimal interestRatePercent,
        LocalDate fixedRateEndDate,
        RiskClass riskClass,
        BigDecimal feeFreePrepaymentShare,
        Integer fixedRatePeriodYears) {

    /** 10% of the original principal per calendar year, the usual fee-free prepayment allowance. */
    public static final BigDecimal DEFAULT_FEE_FREE_SHARE = new BigDecimal("0.10");

    public LoanPart {
        Objects.requireNonNull(loanPartId, "loanPartId");
        Objects.requireNonNull(repaymentType, "repaymentType");
        Objects.requireNonNull(riskClass, "riskClass");
        requireNotNegative(originalPrincipal, "originalPrincipal");
        requireNotNegative(outstandingPrincipal, "outstandingPrincipal");
        InterestRate.requireAllowed(interestRatePercent);
        feeFreePrepaymentShare = feeFreePrepaymentShare == null ? DEFAULT_FEE_FREE_SHARE : feeFreePrepaymentShare;
        if (feeFreePrepaymentShare.signum() < 0 || feeFreePrepaymentShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fee-free share outside 0..1: " + feeFreePrepaymentShare);
        }
        if (fixedRatePeriodYears != null && fixedRatePeriodYears <= 0) {
            throw new IllegalArgumentException("fixed-rate period must be positive: " + fixedRatePeriodYears);
        }
    }

    /** Whether nothing is owed on this part any more. */
    public boolean isRepaid() {
        return outstandingPrincipal.signum() == 0;
    }

    /** Whether the rate is fixed beyond {@code today}; false for a variable rate or an ended period. */
    public boolean hasFixedRateAfter(LocalDate today) {
        return fixedRateEndDate != null && fixedRateEndDate.isAfter(today);
    }

    /** Whether the fixed-rate period ends on a day from {@code first} through {@code last}, both included. */
    public boolean fixedRateEndsBetween(LocalDate first, LocalDate last) {
        return fixedRateEndDate != null && !fixedRateEndDate.isBefore(first) && !fixedRateEndDate.isAfter(last);
    }

    /** Whole remaining months of the fixed-rate period, rounded down; 0 for a variable or ended period. */
    public int remainingFixedRateMonths(LocalDate today) {
        return RemainingMonths.until(today, fixedRateEndDate);
    }

    static void requireNotNegative(BigDecimal amount, String name) {
        Objects.requireNonNull(amount, name);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " is negative: " + amount.toPlainString());
        }
    }
}
