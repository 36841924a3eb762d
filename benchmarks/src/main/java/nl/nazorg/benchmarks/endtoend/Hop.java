package nl.nazorg.benchmarks.endtoend;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/** One stretch of the end-to-end path, between two {@link Milestones}; the last one is the whole path. */
enum Hop {

    PROFILE_CHANGE("change due → profile committed (client-service: PUT and its transaction)",
            Milestones::due, Milestones::profileCommitted),
    PROFILE_RELAY("profile committed → on client-profiles.v1 (client-service's outbox relay)",
            Milestones::profileCommitted, Milestones::profileOnTopic),
    EVALUATION("on client-profiles.v1 → signal committed (portfolio-signal-service)",
            Milestones::profileOnTopic, Milestones::signalCommitted),
    SIGNAL_RELAY("signal committed → on signals.v1 (portfolio-signal-service's outbox relay)",
            Milestones::signalCommitted, Milestones::signalOnTopic),
    PLANNING("on signals.v1 → send planned (campaign-service's send log)",
            Milestones::signalOnTopic, Milestones::sendPlanned),
    SENDING("send planned → accepted by SMTP (campaign-service's dispatcher, rendering, SMTP)",
            Milestones::sendPlanned, Milestones::smtpAccepted),
    WHOLE_PATH("change due → accepted by SMTP (the whole path)", Milestones::due, Milestones::smtpAccepted);

    final String label;
    private final Function<Milestones, Instant> from;
    private final Function<Milestones, Instant> to;

    Hop(String label, Function<Milestones, Instant> from, Function<Milestones, Instant> to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** Nanoseconds of this hop; a hop whose clocks overlap by a little (an event time set before commit) counts 0. */
    long nanos(Milestones milestones) {
        return Math.max(0, Duration.between(from.apply(milestones), to.apply(milestones)).toNanos());
    }
}
