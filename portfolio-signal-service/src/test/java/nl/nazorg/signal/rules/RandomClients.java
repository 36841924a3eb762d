package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.nazorg.signal.model.Child;
import nl.nazorg.signal.model.ClientProfile;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Insurance;
import nl.nazorg.signal.model.InsuranceType;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.MarketRate;
import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.NpsAnswer;
import nl.nazorg.signal.model.PaymentArrear;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.PreferredChannel;
import nl.nazorg.signal.model.Property;
import nl.nazorg.signal.model.StatedWish;
import nl.nazorg.signal.model.Subscription;
import nl.nazorg.signal.model.SubscriptionTier;
import nl.nazorg.signal.model.SurveyFacts;
import nl.nazorg.signal.model.TenantSignalSettings;
import nl.nazorg.signal.model.Wish;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import nl.nazorg.signal.mortgage.RiskClassBoundaries;
import nl.nazorg.signal.mortgage.RiskClassBoundaries.Boundary;

/**
 * Test data: one random client, its firm's settings and a market-rate change, all from one seed, so that a failing
 * client is rebuilt by its seed alone. Varied where the rate rules look (loan parts of every repayment type, NHG or
 * not, market value known or not, fixed-rate periods ended, ending this month or up to 20 years ahead, variable rates,
 * lenders with and without a table, every risk class), and enough elsewhere that other rules raise signals too, with
 * payment arrears now and then so that suppression counts.
 */
final class RandomClients {

    /** A client and the rate tables before and after a change, on one day. */
    record RateChange(long seed, LocalDate today, TenantSignalSettings settings, ClientSnapshot client,
            MarketRates before, MarketRates after) {
    }

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 1, 31),
            LocalDate.of(2024, 2, 29), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 1));
    /** OMEGA never publishes a table: the rules fall back to the market or note that they cannot judge. */
    private static final List<String> LENDERS = List.of("ALFA", "BETA", "GAMMA", "DELTA", "OMEGA");
    private static final List<String> PUBLISHING = LENDERS.subList(0, 4);
    private static final int[] PERIODS = {1, 2, 5, 6, 10, 12, 15, 20, 30};

    private final SplittableRandom random;

    private RandomClients(long seed) {
        random = new SplittableRandom(seed);
    }

    static RateChange draw(long seed) {
        RandomClients draw = new RandomClients(seed);
        LocalDate today = draw.pick(DAYS);
        List<MarketRateTable> before = draw.tables(today);
        return new RateChange(seed, today, draw.settings(), draw.client(today), new MarketRates(before),
                new MarketRates(draw.changed(before, today)));
    }

    private TenantSignalSettings settings() {
        TenantSignalSettings.Builder settings = TenantSignalSettings.defaults().toBuilder();
        if (chance(0.3)) {
            settings.minimumMonthlySaving(euros(10, 150));
        }
        if (chance(0.3)) {
            settings.switchingCosts(euros(0, 3_000));
        }
        if (chance(0.3)) {
            settings.rateResetShockIncrease(euros(10, 150)).rateResetShockMonths(random.nextInt(1, 25));
        }
        if (chance(0.25)) {
            Set<String> allowed = new TreeSet<>();
            LENDERS.stream().filter(lender -> chance(0.5)).forEach(allowed::add);
            settings.allowedLenders(allowed);
        }
        if (chance(0.2)) {
            settings.lenderRiskClassBoundaries(Map.of(pick(LENDERS), new RiskClassBoundaries(List.of(
                    new Boundary(new BigDecimal("0.55"), RiskClass.LTV_60),
                    new Boundary(new BigDecimal("0.75"), RiskClass.LTV_80),
                    new Boundary(new BigDecimal("0.95"), RiskClass.LTV_90),
                    new Boundary(new BigDecimal("1.05"), RiskClass.LTV_100)))));
        }
        return settings.build();
    }

    /** Tables valid from 20 to 400 days ago; sometimes none at all. */
    private List<MarketRateTable> tables(LocalDate today) {
        List<MarketRateTable> tables = new ArrayList<>();
        for (String lender : PUBLISHING) {
            if (chance(0.8)) {
                BigDecimal level = percent(-0.5, 5.5);
                List<MarketRate> rates = new ArrayList<>();
                for (int years : PERIODS) {
                    for (RiskClass riskClass : RiskClass.values()) {
                        if (chance(0.45)) {
                            rates.add(new MarketRate(years, riskClass, atLeastMinusOne(level
                                    .add(BigDecimal.valueOf(years * 3L + riskClass.ordinal() * 10L, 2))
                                    .add(percent(-0.3, 0.3)))));
                        }
                    }
                }
                tables.add(new MarketRateTable(lender, today.minusDays(random.nextInt(20, 401)), rates));
            }
        }
        return tables;
    }

    /**
     * The tables after a change: most lenders publish a new table (valid from 19 days ago up to today), its rates as
     * they were, or as they were written with another scale, or moved by a shift common to the market plus one of the
     * lender's own, a rate here and there no longer offered; a lender may publish afresh today, or a table not valid
     * until tomorrow. A table moves as a whole, so the discount between two classes moves by 0.2 points at most.
     */
    private List<MarketRateTable> changed(List<MarketRateTable> before, LocalDate today) {
        List<MarketRateTable> after = new ArrayList<>(before);
        BigDecimal market = percent(-1.5, 1.5);
        for (MarketRateTable table : before) {
            if (chance(0.75)) {
                int how = random.nextInt(10);
                BigDecimal shift = market.add(percent(-0.4, 0.4));
                List<MarketRate> rates = new ArrayList<>();
                for (MarketRate rate : table.rates()) {
                    BigDecimal was = rate.ratePercent();
                    if (how == 0 || how == 1) {
                        rates.add(new MarketRate(rate.fixedRatePeriodYears(), rate.riskClass(),
                                how == 0 ? was : was.setScale(was.scale() + 1)));
                    } else if (chance(0.9)) {
                        rates.add(new MarketRate(rate.fixedRatePeriodYears(), rate.riskClass(),
                                atLeastMinusOne(was.add(shift).add(percent(-0.1, 0.1)))));
                    }
                }
                after.add(new MarketRateTable(table.lender(), today.minusDays(random.nextInt(0, 20)), rates));
            }
        }
        if (chance(0.15)) {
            after.addAll(tables(today).stream().limit(1)
                    .map(table -> new MarketRateTable(table.lender(), today, table.rates())).toList());
        }
        if (chance(0.1)) {
            after.addAll(tables(today).stream().limit(1)
                    .map(table -> new MarketRateTable(table.lender(), today.plusDays(1), table.rates())).toList());
        }
        return after;
    }

    private ClientSnapshot client(LocalDate today) {
        List<Child> children = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            children.add(new Child("child-" + i, "Kind " + i, day(today.minusYears(25), today)));
        }
        Subscription subscription = new Subscription(pick(List.of(SubscriptionTier.values())),
                day(today.minusYears(5), today), chance(0.5) ? day(today.minusYears(2), today) : null);
        List<PaymentArrear> arrears = new ArrayList<>();
        if (chance(0.25)) {
            for (int i = random.nextInt(1, 4); i > 0; i--) {
                arrears.add(new PaymentArrear(today.minusDays(random.nextInt(0, 150)),
                        chance(0.8) ? euros(50, 3_000) : null, chance(0.3)));
            }
        }
        LocalDate born = chance(0.9) ? day(LocalDate.of(1945, 1, 1), LocalDate.of(2000, 12, 31)) : null;
        ClientProfile profile = new ClientProfile(born,
                children, subscription, chance(0.3) ? euros(0, 300) : null,
                chance(0.1) ? day(today, today.plusYears(10)) : null, PreferredChannel.EMAIL, arrears);
        Portfolio portfolio = chance(0.95) ? portfolio(today) : null;
        List<StatedWish> wishes = chance(0.2)
                ? List.of(new StatedWish(pick(List.of(Wish.values())), "resp-1", day(today.minusYears(1), today)))
                : List.of();
        NpsAnswer nps = chance(0.2)
                ? new NpsAnswer(random.nextInt(11), "resp-2", day(today.minusYears(1), today))
                : null;
        return new ClientSnapshot("CL-" + random.nextInt(1_000_000), profile, portfolio, new SurveyFacts(wishes, nps));
    }

    private Portfolio portfolio(LocalDate today) {
        Property home = chance(0.1) ? null
                : new Property(chance(0.8) ? euros(100_000, 1_200_000) : chance(0.5) ? BigDecimal.ZERO : null,
                        day(today.minusYears(10), today), chance(0.05),
                        chance(0.5) ? day(today.minusMonths(6), today) : null);
        List<Mortgage> mortgages = new ArrayList<>();
        for (int m = random.nextInt(0, 3) + (chance(0.9) ? 1 : 0); m > 0; m--) {
            List<LoanPart> parts = new ArrayList<>();
            for (int p = random.nextInt(1, 5); p > 0; p--) {
                parts.add(loanPart("LP-" + m + "-" + p, today));
            }
            LocalDate termEnd = switch (random.nextInt(20)) {
                case 0 -> day(today.minusMonths(3), today);
                case 1 -> day(today, today.plusMonths(13));
                default -> day(today, today.plusYears(30));
            };
            mortgages.add(new Mortgage("M-" + m, pick(LENDERS), termEnd.minusYears(30), termEnd, chance(0.25), parts));
        }
        List<Insurance> insurances = new ArrayList<>();
        for (InsuranceType type : InsuranceType.values()) {
            if (chance(0.5)) {
                insurances.add(new Insurance("INS-" + type, type, "VERZEKERAAR",
                        type == InsuranceType.TERM_LIFE ? euros(50_000, 800_000) : null,
                        chance(0.7) ? euros(5, 150) : null,
                        chance(0.1) ? day(today.minusYears(1), today.plusYears(1)) : null));
            }
        }
        return new Portfolio(home, mortgages, insurances);
    }

    /**
     * A loan part; its fixed-rate period variable, ended, ending this month, or up to 20 years ahead. Rates below 0.5%
     * only on parts priced on NHG: RiskClassDropRule lowers a part's rate by the lender's discount between two classes
     * without a floor, and below -1% the arithmetic refuses the rate and the whole evaluation fails. No class is lower
     * than NHG, so those parts never get that discount; the tables' discounts stay under 1.5 points.
     */
    private LoanPart loanPart(String id, LocalDate today) {
        RiskClass riskClass = pick(List.of(RiskClass.values()));
        BigDecimal outstanding = chance(0.07) ? BigDecimal.ZERO : euros(5_000, 400_000);
        LocalDate fixedEnd = switch (random.nextInt(10)) {
            case 0, 1 -> null;
            case 2 -> today.withDayOfMonth(random.nextInt(1, today.lengthOfMonth() + 1));
            case 3 -> day(today.minusYears(5), today);
            case 4 -> day(today, today.plusMonths(13));
            default -> day(today, today.plusYears(20));
        };
        return new LoanPart(id, pick(List.of(RepaymentType.values())), outstanding.add(euros(0, 100_000)), outstanding,
                riskClass == RiskClass.NHG ? percent(-1, 7) : percent(0.5, 7), fixedEnd, riskClass,
                chance(0.5) ? null : BigDecimal.valueOf(random.nextInt(0, 21), 2),
                chance(0.4) ? null : PERIODS[random.nextInt(PERIODS.length)]);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private LocalDate day(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(0, last.toEpochDay() - first.toEpochDay() + 1));
    }

    private BigDecimal euros(long min, long max) {
        return BigDecimal.valueOf(random.nextLong(min * 100, max * 100 + 1), 2);
    }

    /** A percentage with 2 or 3 decimals. */
    private BigDecimal percent(double min, double max) {
        int scale = chance(0.7) ? 2 : 3;
        int unit = scale == 2 ? 100 : 1_000;
        return BigDecimal.valueOf(random.nextLong(Math.round(min * unit), Math.round(max * unit) + 1), scale);
    }

    private static BigDecimal atLeastMinusOne(BigDecimal percent) {
        return percent.max(new BigDecimal("-1"));
    }
}
