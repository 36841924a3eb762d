package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The client's home (woning).
 *
 * @param marketValue market value (marktwaarde) from the latest valuation; null when unknown
 * @param valuationDate date of that valuation (taxatiedatum); null when unknown
 * @param forSale whether the home is listed for sale
 * @param forSaleSince the listing date; null when unknown or not for sale
 */
public record Property(BigDecimal marketValue, LocalDate valuationDate, boolean forSale, LocalDate forSaleSince) {

    public Property {
        if (marketValue != null) {
            LoanPart.requireNotNegative(marketValue, "marketValue");
        }
    }

    /** Whether a usable market value is known (without one there is no loan-to-value). */
    public boolean hasValuation() {
        return marketValue != null && marketValue.signum() > 0;
    }
}
