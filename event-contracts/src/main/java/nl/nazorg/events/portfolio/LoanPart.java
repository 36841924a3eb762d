package nl.nazorg.events.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One loan part (leningdeel) of a mortgage: its own repayment type, rate and fixed-rate period.
 *
 * @param loanPartId             id of the loan part, unique within the client's portfolio
 * @param repaymentType          how it is repaid (aflosvorm)
 * @param originalPrincipal      the principal at the start (oorspronkelijke hoofdsom), in euros
 * @param outstandingPrincipal   the principal still owed today (openstaande hoofdsom), in euros; 0 when repaid
 * @param interestRate           the annual interest rate (rente) as a PERCENTAGE with up to three decimals:
 *                               {@code 3.450} means 3.45% a year. Not a fraction. May be negative down to -1.000
 * @param fixedRatePeriodYears   the agreed length of the fixed-rate period (rentevastperiode) in whole years, e.g. 10;
 *                               absent when unknown or variable
 * @param fixedRateEndDate       the last day of the fixed-rate period (einddatum rentevastperiode); absent for a
 *                               variable rate (variabele rente)
 * @param riskClass              the risk class the rate was priced on (risicoklasse); absent when unknown
 * @param feeFreePrepaymentShare the share of the ORIGINAL principal that may be repaid each calendar year without a
 *                               prepayment fee (boetevrije aflossing), as a FRACTION: {@code 0.10} means 10%.
 *                               0.10 when absent
 */
public record LoanPart(
        String loanPartId,
        RepaymentType repaymentType,
        BigDecimal originalPrincipal,
        BigDecimal outstandingPrincipal,
        BigDecimal interestRate,
        Integer fixedRatePeriodYears,
        LocalDate fixedRateEndDate,
        RiskClass riskClass,
        BigDecimal feeFreePrepaymentShare) {

    /** 10% of the original principal per calendar year: the usual fee-free prepayment (DESIGN.md §3). */
    public static final BigDecimal DEFAULT_FEE_FREE_PREPAYMENT_SHARE = new BigDecimal("0.10");

    /** Applies the default fee-free prepayment share, 10%. */
    public LoanPart {
        if (feeFreePrepaymentShare == null) {
            feeFreePrepaymentShare = DEFAULT_FEE_FREE_PREPAYMENT_SHARE;
        }
    }
}
