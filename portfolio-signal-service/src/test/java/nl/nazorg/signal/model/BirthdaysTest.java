package nl.nazorg.signal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthdaysTest {

    private static final LocalDate LEAP_DAY = LocalDate.of(2008, 2, 29);

    @Test
    void leapDayBirthdaysFallOn28FebruaryInOtherYears() {
        assertThat(Birthdays.birthdayIn(LEAP_DAY, 2026)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Birthdays.birthdayIn(LEAP_DAY, 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Birthdays.dateOfAge(LEAP_DAY, 18)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void ageCountsFromTheBirthdayOn() {
        assertThat(Birthdays.ageOn(LEAP_DAY, LocalDate.of(2026, 2, 27))).isEqualTo(17);
        assertThat(Birthdays.ageOn(LEAP_DAY, LocalDate.of(2026, 2, 28))).isEqualTo(18);
        assertThat(Birthdays.ageOn(LocalDate.of(1980, 3, 15), LocalDate.of(2026, 3, 15))).isEqualTo(46);
        assertThat(Birthdays.ageOn(LocalDate.of(1980, 3, 15), LocalDate.of(2026, 3, 14))).isEqualTo(45);
    }
}
