package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Birthdays and ages. Someone born on 29 February has the birthday on 28 February in a year
 * without one: the last day of the birth month, which is also what {@link LocalDate#plusYears}
 * does, so "turns 18" and "birthday today" always agree.
 */
public final class Birthdays {

    private Birthdays() {
    }

    /** The date the birthday falls on in {@code year}. */
    public static LocalDate birthdayIn(LocalDate dateOfBirth, int year) {
        return MonthDay.from(Objects.requireNonNull(dateOfBirth, "dateOfBirth")).atYear(year);
    }

    /** The date someone born on {@code dateOfBirth} reaches {@code years} of age. */
    public static LocalDate dateOfAge(LocalDate dateOfBirth, int years) {
        return Objects.requireNonNull(dateOfBirth, "dateOfBirth").plusYears(years);
    }

    /** Age in whole years on {@code day}. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        int age = day.getYear() - dateOfBirth.getYear();
        return day.isBefore(birthdayIn(dateOfBirth, day.getYear())) ? age - 1 : age;
    }
}
