package nl.nazorg.events;

import java.time.ZoneId;

/**
 * The calendar that client-facing dates are counted in (DESIGN.md §3): a due date (streefdatum), a rate table's
 * {@code validFrom}, a birthday or "today" in a rule is a Dutch calendar date, whatever zone a server runs in. Every
 * {@code LocalDate} in these contracts is a date in {@link #ZONE}; the services take "today" from their injected
 * clock in this zone ({@code LocalDate.now(clock.withZone(ClientDates.ZONE))}).
 */
public final class ClientDates {

    /** The zone's id, for what takes a constant string (a schedule's {@code timeZone}). */
    public static final String ZONE_ID = "Europe/Amsterdam";

    /** Europe/Amsterdam: the day changes at Dutch midnight, summer time included. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ClientDates() {
    }
}
