package nl.nazorg.client.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every "now" and "today" comes from; a test may replace it. It answers instants: a client-facing date is
 * taken in {@code ClientDates.ZONE} where it is needed.
 */
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
