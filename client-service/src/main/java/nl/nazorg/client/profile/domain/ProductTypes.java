package nl.nazorg.client.profile.domain;

import java.util.TreeSet;

import nl.nazorg.events.portfolio.Insurance;

/**
 * The product types a client holds, as one searchable column ({@code |BUILDING|MORTGAGE|}): MORTGAGE for any
 * mortgage, PROPERTY for a known home, and each insurance type.
 */
public final class ProductTypes {

    public static final String MORTGAGE = "MORTGAGE";
    public static final String PROPERTY = "PROPERTY";

    private ProductTypes() {
    }

    public static String of(PortfolioDocument portfolio) {
        TreeSet<String> types = new TreeSet<>();
        if (!portfolio.mortgages().isEmpty()) {
            types.add(MORTGAGE);
        }
        if (portfolio.property() != null) {
            types.add(PROPERTY);
        }
        for (Insurance insurance : portfolio.insurances()) {
            types.add(insurance.type().name());
        }
        return "|" + String.join("|", types) + (types.isEmpty() ? "" : "|");
    }

    /** The LIKE pattern that finds one type in the column. */
    public static String pattern(String type) {
        return "%|" + type + "|%";
    }
}
