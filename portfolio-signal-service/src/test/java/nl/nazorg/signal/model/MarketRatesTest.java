package nl.nazorg.signal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class MarketRatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private final MarketRates rates = new MarketRates(List.of(
            table("ALFA", LocalDate.of(2026, 3, 1),
                    rate(5, RiskClass.LTV_80, "3.30"), rate(10, RiskClass.LTV_80, "3.45"), rate(10, RiskClass.LTV_60, "3.20")),
            table("BETA", LocalDate.of(2026, 2, 1),
                    rate(10, RiskClass.LTV_80, "3.60"), rate(20, RiskClass.LTV_80, "3.90")),
            table("BETA", LocalDate.of(2026, 4, 1), rate(10, RiskClass.LTV_80, "2.00")),
            table("GAMMA", LocalDate.of(2026, 1, 1), rate(10, RiskClass.LTV_80, "3.45"))));

    @Test
    void lowestRateForThePeriodAndRiskClass() {
        RateOffer best = rates.bestOffer(10, RiskClass.LTV_80, Set.of(), TODAY).orElseThrow();
        // ALFA and GAMMA both offer 3.45: the first lender code wins, so results are stable
        assertThat(best).isEqualTo(new RateOffer("ALFA", 10, RiskClass.LTV_80, new BigDecimal("3.45")));
        assertThat(rates.bestOffer(10, RiskClass.LTV_60, Set.of(), TODAY).orElseThrow().ratePercent())
                .isEqualByComparingTo("3.20");
    }

    @Test
    void tablesValidFromLaterAreIgnored() {
        // BETA's 2.00 only counts from 1 April
        assertThat(rates.bestOffer(10, RiskClass.LTV_80, Set.of("BETA"), TODAY).orElseThrow().ratePercent())
                .isEqualByComparingTo("3.60");
        assertThat(rates.bestOffer(10, RiskClass.LTV_80, Set.of(), LocalDate.of(2026, 4, 1)).orElseThrow())
                .isEqualTo(new RateOffer("BETA", 10, RiskClass.LTV_80, new BigDecimal("2.00")));
    }

    @Test
    void theNearestOfferedLengthStandsInForAMissingOne() {
        // 7 years: 5 is nearer than 10
        assertThat(rates.bestOffer(7, RiskClass.LTV_80, Set.of(), TODAY).orElseThrow().fixedRatePeriodYears()).isEqualTo(5);
        // 30 years: nearest offered is BETA's 20
        assertThat(rates.bestOffer(30, RiskClass.LTV_80, Set.of(), TODAY).orElseThrow())
                .isEqualTo(new RateOffer("BETA", 20, RiskClass.LTV_80, new BigDecimal("3.90")));
    }

    @Test
    void aTieBetweenTwoLengthsGoesToTheLongerOne() {
        MarketRates twoLengths = new MarketRates(List.of(table("ALFA", TODAY,
                rate(5, RiskClass.LTV_80, "3.30"), rate(15, RiskClass.LTV_80, "3.70"))));
        assertThat(twoLengths.bestOffer(10, RiskClass.LTV_80, Set.of(), TODAY).orElseThrow().fixedRatePeriodYears())
                .isEqualTo(15);
    }

    @Test
    void onlyAllowedLendersCount() {
        assertThat(rates.bestOffer(10, RiskClass.LTV_80, Set.of("GAMMA"), TODAY).orElseThrow().lender()).isEqualTo("GAMMA");
        assertThat(rates.bestOffer(10, RiskClass.LTV_80, Set.of("DELTA"), TODAY)).isEmpty();
    }

    @Test
    void oneLendersOfferAndTables() {
        assertThat(rates.lenderOffer("BETA", 10, RiskClass.LTV_80, TODAY).orElseThrow().ratePercent()).isEqualByComparingTo("3.60");
        assertThat(rates.lenderOffer("BETA", 10, RiskClass.NHG, TODAY)).isEmpty();
        assertThat(rates.hasTableFor("BETA", TODAY)).isTrue();
        assertThat(rates.hasTableFor("DELTA", TODAY)).isFalse();
        assertThat(MarketRates.none().bestOffer(10, RiskClass.LTV_80, Set.of(), TODAY)).isEmpty();
    }

    static MarketRateTable table(String lender, LocalDate validFrom, MarketRate... rates) {
        return new MarketRateTable(lender, validFrom, List.of(rates));
    }

    static MarketRate rate(int years, RiskClass riskClass, String percent) {
        return new MarketRate(years, riskClass, new BigDecimal(percent));
    }
}
