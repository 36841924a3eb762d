package nl.nazorg.signal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The service's clock in tests: fixed on {@link #START}, movable so a test can travel in time. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    /** Sunday 15 March 2026, 10:00 in Amsterdam. */
    public static final Instant START = Instant.parse("2026-03-15T09:00:00Z");

    private volatile Instant now = START;

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = START;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
