package nl.nazorg.survey.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.nazorg.events.ClientDates;

/**
 * A report period of whole Europe/Amsterdam days, both ends included.
 */
public record Period(LocalDate from, LocalDate to) {

    /** Longest period a report covers; keeps the monthly trend and the query bounded. */
    public static final int MAX_MONTHS = 60;

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("'from' must not be after 'to'");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(to))) {
            throw new IllegalArgumentException("a period covers at most " + MAX_MONTHS + " months");
        }
    }

    /** Without dates: the last twelve months up to today, from the first of the month. */
    public static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusMonths(11).withDayOfMonth(1);
        return new Period(start, end);
    }

    public Instant start() {
        return from.atStartOfDay(ClientDates.ZONE).toInstant();
    }

    /** Exclusive end: the start of the day after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ClientDates.ZONE).toInstant();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ClientDates.ZONE));
    }
}
