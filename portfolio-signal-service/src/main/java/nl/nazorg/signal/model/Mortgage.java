package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.nazorg.signal.mortgage.RemainingMonths;

/**
 * Mortgage (hypotheek) with its loan parts.
 *
 * @param lender lender code, as used in the market-rate tables
 * @param termEndDate end of the mortgage term (looptijd), usually 30 years after the start
 * @param nhg whether the mortgage has Nationale Hypotheek Garantie
 */
public record Mortgage(
        String mortgageId,
        String lender,
        LocalDate startDate,
        LocalDate termEndDate,
        boolean nhg,
        List<LoanPart> loanParts) {

    public Mortgage {
        Objects.requireNonNull(mortgageId, "mortgageId");
        Objects.requireNonNull(lender, "lender");
        Objects.requireNonNull(termEndDate, "termEndDate");
        loanParts = List.copyOf(Objects.requireNonNull(loanParts, "loanParts"));
    }

    /** Outstanding principal over all loan parts. */
    public BigDecimal totalOutstanding() {
        return loanParts.stream().map(LoanPart::outstandingPrincipal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether anything is still owed on this mortgage. */
    public boolean hasDebt() {
        return totalOutstanding().signum() > 0;
    }

    /** Whole remaining months of the term (n), rounded down; 0 once the term has ended. */
    public int remainingTermMonths(LocalDate today) {
        return RemainingMonths.until(today, termEndDate);
    }
}
