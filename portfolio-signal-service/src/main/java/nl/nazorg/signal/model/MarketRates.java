package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * The market rates on offer (actuele hypotheekrentes), one current table per lender. A table counts from
 * its validFrom date; of several tables of one lender, the latest valid one wins. Immutable, and indexed
 * once by lender and risk class, because a market-rate change looks up rates for every loan part at once.
 */
public final class MarketRates {

    private final List<MarketRateTable> tables;
    /** Per lender (sorted by code, for stable results), its tables from the newest validFrom down. */
    private final Map<String, List<IndexedTable>> byLender = new TreeMap<>();

    private record IndexedTable(LocalDate validFrom, Map<RiskClass, List<MarketRate>> byClass) {
    }

    public MarketRates(List<MarketRateTable> tables) {
        this.tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        for (MarketRateTable table : this.tables) {
            Map<RiskClass, List<MarketRate>> byClass = new EnumMap<>(RiskClass.class);
            table.rates().forEach(rate -> byClass.computeIfAbsent(rate.riskClass(), c -> new ArrayList<>()).add(rate));
            byLender.computeIfAbsent(table.lender(), lender -> new ArrayList<>())
                    .add(new IndexedTable(table.validFrom(), byClass));
        }
        byLender.values().forEach(list -> list.sort(Comparator.comparing(IndexedTable::validFrom).reversed()));
    }

    /** No rates known: rules that need a rate do not fire. */
    public static MarketRates none() {
        return new MarketRates(List.of());
    }

    public List<MarketRateTable> tables() {
        return tables;
    }

    /**
     * The lowest rate on offer today for a fixed-rate period of {@code wantedYears} in {@code riskClass},
     * from the allowed lenders (empty = all). When no lender offers that length, the nearest offered
     * length is used; of two equally near lengths the longer (more certainty, and not the flattering choice
     * on a normal rate curve). Equal rates go to the lender code that sorts first, so results are stable.
     */
    public Optional<RateOffer> bestOffer(int wantedYears, RiskClass riskClass, Collection<String> allowedLenders,
            LocalDate today) {
        Predicate<String> allowed = allowedLenders.isEmpty() ? lender -> true : allowedLenders::contains;
        return lowest(allowed, wantedYears, riskClass, today);
    }

    /** The rate one lender offers today (nearest period length as in {@link #bestOffer}). */
    public Optional<RateOffer> lenderOffer(String lender, int wantedYears, RiskClass riskClass, LocalDate today) {
        return lowest(lender::equals, wantedYears, riskClass, today);
    }

    /**
     * What is on offer today, per lender and risk class: each offered fixed-rate period with its lowest rate. This is
     * all a lookup reads ({@link RateTableChange} compares two of them).
     */
    public Map<String, Map<RiskClass, TreeMap<Integer, BigDecimal>>> offeredOn(LocalDate today) {
        Map<String, Map<RiskClass, TreeMap<Integer, BigDecimal>>> offered = new TreeMap<>();
        byLender.forEach((lender, lenderTables) -> current(lenderTables, today).ifPresent(table ->
                table.byClass().forEach((riskClass, rates) -> rates.forEach(rate -> offered
                        .computeIfAbsent(lender, l -> new EnumMap<>(RiskClass.class))
                        .computeIfAbsent(riskClass, c -> new TreeMap<>())
                        .merge(rate.fixedRatePeriodYears(), rate.ratePercent(), MarketRates::lower)))));
        return offered;
    }

    private static BigDecimal lower(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Whether the lender has a table valid today. */
    public boolean hasTableFor(String lender, LocalDate today) {
        return current(byLender.getOrDefault(lender, List.of()), today).isPresent();
    }

    private Optional<RateOffer> lowest(Predicate<String> lenders, int wantedYears, RiskClass riskClass,
            LocalDate today) {
        List<RateOffer> offers = new ArrayList<>();
        byLender.forEach((lender, lenderTables) -> {
            if (lenders.test(lender)) {
                current(lenderTables, today).ifPresent(table -> table.byClass().getOrDefault(riskClass, List.of())
                        .forEach(rate -> offers.add(new RateOffer(lender, rate.fixedRatePeriodYears(), riskClass,
                                rate.ratePercent()))));
            }
        });
        Optional<Integer> years = offers.stream().map(RateOffer::fixedRatePeriodYears).distinct()
                .min(nearerTo(wantedYears));
        return years.flatMap(length -> offers.stream()
                .filter(offer -> offer.fixedRatePeriodYears() == length)
                .min(Comparator.comparing(RateOffer::ratePercent).thenComparing(RateOffer::lender)));
    }

    /**
     * Orders offered fixed-rate period lengths by how near they are to {@code wantedYears}; of two equally near the
     * longer first (more certainty, and not the flattering choice on a normal rate curve). The one rule every lookup
     * and {@link RateTableChange} follow.
     */
    static Comparator<Integer> nearerTo(int wantedYears) {
        return Comparator.<Integer>comparingInt(years -> Math.abs(years - wantedYears))
                .thenComparing(Comparator.reverseOrder());
    }

    private static Optional<IndexedTable> current(List<IndexedTable> newestFirst, LocalDate today) {
        return newestFirst.stream().filter(table -> !table.validFrom().isAfter(today)).findFirst();
    }
}
