package nl.nazorg.client.config;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The clock every "today" comes from: Europe/Amsterdam dates (DESIGN.md §3); tests may replace it. */
public class ClockProducer {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
