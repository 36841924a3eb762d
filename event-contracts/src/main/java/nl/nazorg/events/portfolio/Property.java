package nl.nazorg.events.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.nazorg.events.client.Address;

/**
 * The client's home (woning) that the mortgage is on.
 *
 * @param address        the address of the home
 * @param marketValue    the market value (marktwaarde) in euros; absent when no valuation is known
 * @param valuationDate  the date of that market value (taxatiedatum or indexation date)
 * @param wozValue       the municipal WOZ value (WOZ-waarde) in euros, when known
 * @param forSale        whether the home is listed for sale (te koop)
 * @param forSaleSince   since when it is listed; absent when not for sale
 */
public record Property(
        Address address,
        BigDecimal marketValue,
        LocalDate valuationDate,
        BigDecimal wozValue,
        boolean forSale,
        LocalDate forSaleSince) {
}
