package nl.nazorg.signal.mortgage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RemainingMonthsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @Test
    void wholeMonthsRoundedDown() {
        assertThat(RemainingMonths.until(TODAY, LocalDate.of(2026, 7, 15))).isEqualTo(6);
        assertThat(RemainingMonths.until(TODAY, LocalDate.of(2026, 7, 14))).isEqualTo(5);
        assertThat(RemainingMonths.until(TODAY, LocalDate.of(2026, 2, 14))).isZero();
        assertThat(RemainingMonths.until(TODAY, LocalDate.of(2056, 1, 15))).isEqualTo(360);
    }

    @Test
    void endOfMonthCountsOnlyOnceTheDayIsReached() {
        assertThat(RemainingMonths.until(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isZero();
        assertThat(RemainingMonths.until(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31))).isEqualTo(2);
    }

    @Test
    void zeroWhenTodayPastOrAbsent() {
        assertThat(RemainingMonths.until(TODAY, TODAY)).isZero();
        assertThat(RemainingMonths.until(TODAY, LocalDate.of(2025, 1, 15))).isZero();
        assertThat(RemainingMonths.until(TODAY, null)).isZero();
    }
}
