package nl.nazorg.events.portfolio;

import java.time.LocalDate;
import java.util.List;

import nl.nazorg.events.internal.Copies;

/**
 * A mortgage (hypotheek) on the client's home, made of one or more loan parts (leningdelen).
 *
 * @param mortgageId      id of the mortgage, unique within the client's portfolio
 * @param lender          the lender's code (geldverstrekker), the same code that keys {@code market-rates.v1},
 *                        e.g. {@code ABN_AMRO}
 * @param lenderReference the lender's own loan number (leningnummer), when known
 * @param startDate       the date the mortgage started (ingangsdatum)
 * @param termEndDate     the end of the term (einddatum looptijd), usually 30 years after the start
 * @param nhg             whether it has the national mortgage guarantee (Nationale Hypotheek Garantie)
 * @param loanParts       the loan parts; at least one
 */
public record Mortgage(
        String mortgageId,
        String lender,
        String lenderReference,
        LocalDate startDate,
        LocalDate termEndDate,
        boolean nhg,
        List<LoanPart> loanParts) {

    public Mortgage {
        loanParts = Copies.list(loanParts);
    }
}
