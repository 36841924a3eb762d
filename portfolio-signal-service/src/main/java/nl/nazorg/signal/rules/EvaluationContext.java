package nl.nazorg.signal.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import nl.nazorg.events.ClientDates;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.model.TenantSignalSettings;

/**
 * What a rule needs besides the client: today's date (Europe/Amsterdam), the tenant's settings and the
 * market rates on offer. "Today" is injected, so tests and replays can travel in time.
 */
public record EvaluationContext(LocalDate today, TenantSignalSettings settings, MarketRates marketRates) {

    public EvaluationContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(marketRates, "marketRates");
    }

    /** The context for today in Amsterdam according to {@code clock}. */
    public static EvaluationContext at(Clock clock, TenantSignalSettings settings, MarketRates marketRates) {
        return new EvaluationContext(LocalDate.now(clock.withZone(ClientDates.ZONE)), settings, marketRates);
    }
}
