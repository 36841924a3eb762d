package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One lender's rate table, valid from a date (a newer table of the same lender replaces it). */
public record MarketRateTable(String lender, LocalDate validFrom, List<MarketRate> rates) {

    public MarketRateTable {
        Objects.requireNonNull(lender, "lender");
        Objects.requireNonNull(validFrom, "validFrom");
        rates = List.copyOf(Objects.requireNonNull(rates, "rates"));
    }
}
