package nl.nazorg.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class NpsFiguresTest {

    @Test
    void sixIsADetractorSevenAndEightArePassivesNineIsAPromoter() {
        assertThat(NpsFigures.of(List.of(6))).extracting("detractors", "passives", "promoters").containsExactly(1, 0, 0);
        assertThat(NpsFigures.of(List.of(7))).extracting("detractors", "passives", "promoters").containsExactly(0, 1, 0);
        assertThat(NpsFigures.of(List.of(8))).extracting("detractors", "passives", "promoters").containsExactly(0, 1, 0);
        assertThat(NpsFigures.of(List.of(9))).extracting("detractors", "passives", "promoters").containsExactly(0, 0, 1);
    }

    @Test
    void theBoundaryScoresTogetherCancelOut() {
        NpsFigures figures = NpsFigures.of(List.of(6, 7, 8, 9));
        assertThat(figures.responses()).isEqualTo(4);
        assertThat(figures.promoterPercentage()).isEqualByComparingTo("25.0");
        assertThat(figures.detractorPercentage()).isEqualByComparingTo("25.0");
        assertThat(figures.score()).isEqualByComparingTo("0");
    }

    @Test
    void scoresRunFromMinusHundredToPlusHundred() {
        assertThat(NpsFigures.of(List.of(0, 6, 3)).score()).isEqualByComparingTo("-100");
        assertThat(NpsFigures.of(List.of(9, 10)).score()).isEqualByComparingTo("100");
        assertThat(NpsFigures.of(List.of(7, 8)).score()).isEqualByComparingTo("0");
    }

    @Test
    void theScoreIsRoundedOnceFromTheCounts() {
        // 2 promoters, 1 detractor out of 3: 33.33...% -> 33.3, not 66.7 - 33.3 = 33.4.
        assertThat(NpsFigures.of(List.of(10, 9, 0)).score()).isEqualByComparingTo("33.3");
        assertThat(NpsFigures.of(List.of(10, 9, 8)).score()).isEqualByComparingTo("66.7");
    }

    @Test
    void anEmptyPeriodHasNoScoreRatherThanZero() {
        NpsFigures figures = NpsFigures.of(List.of());
        assertThat(figures.responses()).isZero();
        assertThat(figures.score()).isNull();
        assertThat(figures.promoterPercentage()).isNull();
    }

    @Test
    void aScoreOutsideZeroToTenIsRefused() {
        assertThatThrownBy(() -> NpsFigures.of(List.of(11))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpsFigures.of(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMonthlyTrendListsEveryMonthOfThePeriodInAmsterdamTime() {
        Period period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        NpsReport report = NpsReport.of(period, List.of(
                // 31 January 23:30 UTC is already February in Amsterdam
                new NpsReport.Score("client-satisfaction", Instant.parse("2026-01-31T23:30:00Z"), 10),
                new NpsReport.Score("client-satisfaction", Instant.parse("2026-01-10T10:00:00Z"), 2),
                new NpsReport.Score("other", Instant.parse("2026-03-10T10:00:00Z"), 9)));
        assertThat(report.monthly()).extracting(NpsReport.Month::month).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(report.monthly().get(0).nps().score()).isEqualByComparingTo("-100");
        assertThat(report.monthly().get(1).nps().score()).isEqualByComparingTo("100");
        assertThat(report.overall().responses()).isEqualTo(3);
        assertThat(report.perSurvey()).containsOnlyKeys("client-satisfaction", "other");
        assertThat(report.perSurvey().get("client-satisfaction").score()).isEqualByComparingTo("0");
    }

    @Test
    void aPeriodIncludesBothDaysAndIsBounded() {
        Period period = new Period(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));
        assertThat(period.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));   // summer time began
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.of(null, null, LocalDate.of(2026, 11, 22)).from()).isEqualTo(LocalDate.of(2025, 12, 1));
    }
}
