package nl.nazorg.events.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.internal.Copies;

/**
 * One lender's current mortgage rate table (rentetabel) on {@code market-rates.v1}, keyed by lender code. Each record
 * replaces the lender's previous table; a tombstone (null value) means Nazorg no longer follows the lender.
 * <p>
 * Market rates are public and the same for every advisory firm, so a table belongs to the whole platform: its
 * {@code tenantId} (and its {@code ce_tenantid} header) is always {@link #ALL_TENANTS}. A firm restricts which lenders
 * its signals consider in its own settings, not on this topic.
 *
 * @param tenantId    always {@link #ALL_TENANTS}
 * @param lender      the lender's code (geldverstrekker), e.g. {@code ABN_AMRO}; the record key
 * @param lenderName  the lender's display name, e.g. {@code ABN AMRO}
 * @param validFrom   the first day the rates apply (ingangsdatum), a Europe/Amsterdam date
 * @param rates       the rates per fixed-rate period and risk class; at least one
 * @param publishedAt when this table was published
 */
public record MarketRateTable(
        String tenantId,
        String lender,
        String lenderName,
        LocalDate validFrom,
        List<MarketRate> rates,
        Instant publishedAt) implements EventPayload {

    /** The tenant marker of platform-wide data: a rate table is not one firm's. */
    public static final String ALL_TENANTS = "platform";

    public MarketRateTable {
        rates = Copies.list(rates);
    }

    /** A platform-wide table, the only kind this topic carries. */
    public static MarketRateTable of(String lender, String lenderName, LocalDate validFrom, List<MarketRate> rates,
                                     Instant publishedAt) {
        return new MarketRateTable(ALL_TENANTS, lender, lenderName, validFrom, rates, publishedAt);
    }

    @Override
    public String partitionKey() {
        return lender;
    }
}
