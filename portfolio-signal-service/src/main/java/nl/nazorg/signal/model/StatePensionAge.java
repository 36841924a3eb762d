package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * State-pension (AOW) date, derived SIMPLY from the date of birth. A simplification, stated as such:
 * the real AOW age follows the legal table (linked to life expectancy and fixed five years ahead).
 * Rule used: born in or before 1960 → 67 years; born after 1960 → 67 years and 3 months (the age
 * fixed for 2028 onwards; later increases are not known yet). The AOW starts on the day the age is
 * reached. A client's planned retirement date, when known, always wins over this estimate.
 */
public final class StatePensionAge {

    private static final int LAST_BIRTH_YEAR_AT_67 = 1960;

    private StatePensionAge() {
    }

    /** The estimated AOW date for someone born on {@code dateOfBirth}. */
    public static LocalDate dateFor(LocalDate dateOfBirth) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        LocalDate at67 = dateOfBirth.plusYears(67);
        return dateOfBirth.getYear() <= LAST_BIRTH_YEAR_AT_67 ? at67 : at67.plusMonths(3);
    }
}
