package nl.nazorg.signal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nazorg.signal.model.RateTableChange.AffectedPeriods;
import nl.nazorg.signal.mortgage.RiskClass;
import nl.nazorg.signal.rules.SignalRules;
import nl.nazorg.signal.rules.SignalType;

/** Which comparable periods a change of the rate tables reaches, and that no lookup outside them can change. */
class RateTableChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDate VALID = LocalDate.of(2026, 3, 1);
    private static final List<String> LENDERS = List.of("ALFA", "BETA", "GAMMA");
    private static final List<RiskClass> CLASSES = List.of(RiskClass.NHG, RiskClass.LTV_80);
    private static final int[] LENGTHS = {1, 2, 3, 5, 7, 10, 15, 20, 30};

    @Test
    void theSameTablesReachNoPeriod() {
        MarketRates rates = new MarketRates(List.of(table("ALFA", VALID, rate(10, "3.00"), rate(20, "3.40"))));
        MarketRates again = new MarketRates(List.of(table("ALFA", VALID, rate(20, "3.40"), rate(10, "3.00"))));
        assertThat(new RateTableChange(rates, again).affected(TODAY).none()).isTrue();
    }

    @Test
    void aChangedRateReachesThePeriodsWhoseNearestOfferItIs() {
        AffectedPeriods affected = new RateTableChange(
                new MarketRates(List.of(table("ALFA", VALID, rate(5, "2.80"), rate(10, "3.00")))),
                new MarketRates(List.of(table("ALFA", VALID, rate(5, "2.80"), rate(10, "2.90"))))).affected(TODAY);
        // 7 is nearer to 5, 8 nearer to 10; everything past the longest length compares with 10
        assertThat(affected.includes(5)).isFalse();
        assertThat(affected.includes(7)).isFalse();
        assertThat(affected.includes(8)).isTrue();
        assertThat(affected.includes(10)).isTrue();
        assertThat(affected.includes(30)).isTrue();
    }

    @Test
    void aLongerPeriodAddedReachesOnlyThePeriodsNearerToIt() {
        AffectedPeriods affected = new RateTableChange(
                new MarketRates(List.of(table("ALFA", VALID, rate(10, "3.00")))),
                new MarketRates(List.of(table("ALFA", VALID, rate(10, "3.00"), rate(20, "2.10"))))).affected(TODAY);
        assertThat(affected.includes(10)).isFalse();
        assertThat(affected.includes(14)).isFalse();
        assertThat(affected.includes(15)).as("as near to 10 as to 20: the longer wins").isTrue();
        assertThat(affected.includes(40)).isTrue();
    }

    @Test
    void aNewLenderReachesEveryPeriodAndATableForLaterNone() {
        MarketRates alfa = new MarketRates(List.of(table("ALFA", VALID, rate(10, "3.00"))));
        AffectedPeriods newLender = new RateTableChange(alfa, new MarketRates(List.of(
                table("ALFA", VALID, rate(10, "3.00")), table("BETA", VALID, rate(10, "3.50"))))).affected(TODAY);
        assertThat(newLender.includes(1)).isTrue();
        assertThat(newLender.includes(10)).isTrue();
        assertThat(newLender.includes(50)).isTrue();
        AffectedPeriods later = new RateTableChange(alfa, new MarketRates(List.of(table("ALFA", VALID,
                rate(10, "3.00")), table("ALFA", TODAY.plusDays(1), rate(10, "2.00"))))).affected(TODAY);
        assertThat(later.none()).as("a table that counts from tomorrow changes nothing today").isTrue();
        assertThat(AffectedPeriods.all().includes(0)).isTrue();
        assertThat(AffectedPeriods.all().includes(35)).isTrue();
    }

    /**
     * The reach is worked out for rules that look rates up by a part's comparable period; a rule that reads rates
     * another way must be taught to {@link RateTableChange} before it joins this list.
     */
    @Test
    void theRulesThatReadRatesAreTheThreeWhoseLookupsTheReachFollows() {
        assertThat(SignalRules.standard().readingMarketRates().types()).containsExactlyInAnyOrder(
                SignalType.REFINANCE_SAVING, SignalType.RATE_RESET_SHOCK, SignalType.RISK_CLASS_DROP);
    }

    /**
     * On random tables and random changes (a rate moved, a length added or taken away, a lender added or gone): every
     * lookup the rules make, for every period, class, single lender and set of lenders, answers the same before and
     * after unless its period is among the affected ones.
     */
    @Test
    void noLookupOutsideTheAffectedPeriodsChanges() {
        Random random = new Random(20261207);
        int unaffected = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            List<MarketRateTable> before = randomTables(random);
            List<MarketRateTable> after = changed(before, random);
            MarketRates was = new MarketRates(before);
            MarketRates is = new MarketRates(after);
            AffectedPeriods affected = new RateTableChange(was, is).affected(TODAY);
            for (int period = 0; period <= 40; period++) {
                if (affected.includes(period)) {
                    continue;
                }
                unaffected++;
                for (RiskClass riskClass : CLASSES) {
                    for (Set<String> lenders : List.<Set<String>>of(Set.of(), Set.of("ALFA"), Set.of("BETA", "GAMMA"),
                            Set.of("ALFA", "GAMMA"), Set.copyOf(LENDERS))) {
                        assertThat(is.bestOffer(period, riskClass, lenders, TODAY))
                                .as("trial %d, period %d, %s, %s", trial, period, riskClass, lenders)
                                .isEqualTo(was.bestOffer(period, riskClass, lenders, TODAY));
                    }
                    for (String lender : LENDERS) {
                        assertThat(is.lenderOffer(lender, period, riskClass, TODAY))
                                .isEqualTo(was.lenderOffer(lender, period, riskClass, TODAY));
                    }
                }
            }
        }
        assertThat(unaffected).as("periods a change did not reach, each checked").isGreaterThan(10_000);
    }

    private static List<MarketRateTable> randomTables(Random random) {
        List<MarketRateTable> tables = new ArrayList<>();
        for (String lender : LENDERS) {
            if (random.nextInt(4) > 0) {
                List<MarketRate> rates = new ArrayList<>();
                for (RiskClass riskClass : CLASSES) {
                    for (int length : LENGTHS) {
                        if (random.nextInt(3) == 0) {
                            rates.add(new MarketRate(length, riskClass, randomRate(random)));
                        }
                    }
                }
                if (!rates.isEmpty()) {
                    tables.add(new MarketRateTable(lender, VALID, rates));
                }
            }
        }
        return tables;
    }

    private static List<MarketRateTable> changed(List<MarketRateTable> before, Random random) {
        List<MarketRateTable> after = new ArrayList<>();
        for (MarketRateTable table : before) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            List<MarketRate> rates = new ArrayList<>();
            for (MarketRate rate : table.rates()) {
                switch (random.nextInt(8)) {
                    case 0 -> { }
                    case 1 -> rates.add(new MarketRate(rate.fixedRatePeriodYears(), rate.riskClass(),
                            randomRate(random)));
                    default -> rates.add(rate);
                }
            }
            if (random.nextInt(3) == 0) {
                rates.add(new MarketRate(LENGTHS[random.nextInt(LENGTHS.length)], CLASSES.get(random.nextInt(2)),
                        randomRate(random)));
            }
            if (!rates.isEmpty()) {
                after.add(new MarketRateTable(table.lender(), VALID, rates));
            }
        }
        if (after.isEmpty() || random.nextInt(10) == 0) {
            after.add(new MarketRateTable("DELTA", VALID, List.of(new MarketRate(10, RiskClass.NHG,
                    randomRate(random)))));
        }
        return after;
    }

    private static BigDecimal randomRate(Random random) {
        return BigDecimal.valueOf(250 + random.nextInt(20), 2);
    }

    private static MarketRateTable table(String lender, LocalDate validFrom, MarketRate... rates) {
        return new MarketRateTable(lender, validFrom, List.of(rates));
    }

    private static MarketRate rate(int years, String percent) {
        return new MarketRate(years, RiskClass.NHG, new BigDecimal(percent));
    }
}
