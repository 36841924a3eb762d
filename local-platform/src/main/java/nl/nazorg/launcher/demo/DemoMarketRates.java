package nl.nazorg.launcher.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;
import nl.nazorg.security.PlatformOperator;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.LocalSigningKey;

/**
 * A realistic Dutch mortgage-rate table (hypotheekrentes) for the eight lenders of the demo firm's seed:
 * a rate per fixed-rate period for NHG, raised per risk class (higher loan-to-value, higher rate), plus each
 * lender's own margin. {@link #RATE_DROP} lowers the whole table for the rate-drop story.
 *
 * <p>Market rates are platform data (one table per lender on {@code market-rates.v1}): an upload affects every
 * firm on the platform, so no firm token may make it, not even an admin's. The demo uploads as the platform
 * operator's rate feed ({@link #feed}).
 */
public final class DemoMarketRates {

    /**
     * How far the rate-drop story lowers every rate, in percentage points. A quarter point raises REFINANCE_SAVING
     * for some 30 demo clients and resolves it for a few: a larger drop also raises the prepayment fee
     * (boeterente) of the long fixed-rate periods, so more of those no longer earn their costs back in time.
     */
    public static final BigDecimal RATE_DROP = new BigDecimal("0.25");

    /** One lender of the seed: its code on the loan parts, its name, and its margin over the market rate. */
    public record Lender(String code, String name, BigDecimal margin) {
    }

    public static final List<Lender> LENDERS = List.of(
            new Lender("ABN_AMRO", "ABN AMRO", percent("0.10")),
            new Lender("AEGON", "Aegon", percent("0.00")),
            new Lender("ASN", "ASN Bank", percent("0.05")),
            new Lender("FLORIUS", "Florius", percent("0.15")),
            new Lender("ING", "ING", percent("0.10")),
            new Lender("NN", "Nationale-Nederlanden", percent("0.00")),
            new Lender("OBVION", "Obvion", percent("-0.05")),
            new Lender("RABOBANK", "Rabobank", percent("0.15")));

    /** NHG rate per fixed-rate period in years: a flat curve, slightly higher at the long end. */
    private static final Map<Integer, BigDecimal> NHG_RATE = new TreeMap<>(Map.of(
            1, percent("4.40"), 5, percent("4.05"), 10, percent("4.15"), 15, percent("4.35"), 20, percent("4.35"),
            30, percent("4.45")));

    /** Surcharge per risk class over the NHG rate (risicoklasse-opslag). */
    private static final Map<String, BigDecimal> RISK_SURCHARGE = new TreeMap<>(Map.of(
            "NHG", percent("0.00"), "LTV_60", percent("0.05"), "LTV_80", percent("0.20"), "LTV_90", percent("0.35"),
            "LTV_100", percent("0.50"), "ABOVE_100", percent("0.85")));

    private DemoMarketRates() {
    }

    /** The body of {@code PUT /api/v1/market-rates/{lender}}: the lender's table, lowered by {@code drop} points. */
    public static RateTable table(Lender lender, LocalDate validFrom, BigDecimal drop) {
        List<Rate> rates = new ArrayList<>();
        NHG_RATE.forEach((years, nhg) -> RISK_SURCHARGE.forEach((riskClass, surcharge) -> rates.add(new Rate(years,
                riskClass, nhg.add(surcharge).add(lender.margin()).subtract(drop).setScale(3, RoundingMode.HALF_UP)))));
        return new RateTable(lender.name(), validFrom.toString(), rates);
    }

    /** The platform operator's market-rate feed, signed with the platform's key (role {@code platform-rates}). */
    public static PlatformClient feed(LocalSigningKey key, Duration lifetime) {
        return new PlatformClient(key.issue(PlatformOperator.TENANT, PlatformOperator.RATE_FEED, lifetime,
                Roles.PLATFORM_RATES));
    }

    /**
     * Uploads every lender's table, lowered by {@code drop} points ({@code BigDecimal.ZERO}: the table as it is).
     *
     * @param feed the platform's rate feed ({@link #feed}); a firm's token gets a 403
     */
    public static void upload(PlatformClient feed, ServiceUrls urls, LocalDate validFrom, BigDecimal drop) {
        for (Lender lender : LENDERS) {
            feed.put(urls.signalApi("/market-rates/" + lender.code()),
                    PlatformClient.toJson(table(lender, validFrom, drop))).expect(202);
        }
    }

    /** The lowest rate on offer for a period and risk class, e.g. to say what a drop means. */
    public static BigDecimal bestRate(int years, String riskClass, BigDecimal drop) {
        BigDecimal lowestMargin = LENDERS.stream().map(Lender::margin).min(BigDecimal::compareTo).orElseThrow();
        return NHG_RATE.get(years).add(RISK_SURCHARGE.get(riskClass)).add(lowestMargin).subtract(drop)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public record RateTable(String lenderName, String validFrom, List<Rate> rates) {
    }

    public record Rate(int fixedRatePeriodYears, String riskClass, BigDecimal rate) {
    }

    private static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }
}
