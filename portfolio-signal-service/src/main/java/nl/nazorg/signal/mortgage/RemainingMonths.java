package nl.nazorg.signal.mortgage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whole months from today to a date, rounded DOWN: a month counts once its day of the month is
 * reached (15 Jan → 14 Jul is 5 months, → 15 Jul is 6). Rounding up would overstate the remaining
 * fixed-rate period and so the prepayment fee; the AFM found exactly that error in practice.
 */
public final class RemainingMonths {

    private RemainingMonths() {
    }

    /** Whole months from {@code today} until {@code date}; 0 when the date is today, past or absent. */
    public static int until(LocalDate today, LocalDate date) {
        if (date == null || !date.isAfter(today)) {
            return 0;
        }
        return Math.toIntExact(ChronoUnit.MONTHS.between(today, date));
    }
}
