package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.RateOffer;
import nl.nazorg.signal.mortgage.MonthlyPayment;
import nl.nazorg.signal.mortgage.PrepaymentFee;

/**
 * One loan part moved to a rate on offer, at full precision: payment now and at the new rate (same
 * principal and remaining months), the prepayment fee estimate, and the months within which the costs
 * must be earned back: the remaining fixed-rate period; for a part whose rate is no longer fixed (variable
 * or ended), which can move without fee at any time, the remaining term.
 */
record LoanPartSwitch(
        LoanPart part,
        RateOffer offer,
        int remainingMonths,
        int remainingFixedRateMonths,
        BigDecimal paymentNow,
        BigDecimal paymentAtNewRate,
        BigDecimal prepaymentFee,
        int earnBackHorizonMonths) {

    static LoanPartSwitch of(Mortgage mortgage, LoanPart part, RateOffer offer, LocalDate today) {
        int n = mortgage.remainingTermMonths(today);
        int fixedMonths = part.remainingFixedRateMonths(today);
        BigDecimal now = MonthlyPayment.exact(part.repaymentType(), part.outstandingPrincipal(),
                part.interestRatePercent(), n);
        BigDecimal atNewRate = MonthlyPayment.exact(part.repaymentType(), part.outstandingPrincipal(),
                offer.ratePercent(), n);
        BigDecimal fee = PrepaymentFee.exact(part.outstandingPrincipal(), part.originalPrincipal(),
                part.feeFreePrepaymentShare(), part.interestRatePercent(), offer.ratePercent(), fixedMonths);
        int horizon = part.hasFixedRateAfter(today) ? fixedMonths : n;
        return new LoanPartSwitch(part, offer, n, fixedMonths, now, atNewRate, fee, horizon);
    }

    BigDecimal saving() {
        return paymentNow.subtract(paymentAtNewRate);
    }

    boolean lowersRate() {
        return offer.ratePercent().compareTo(part.interestRatePercent()) < 0;
    }
}
