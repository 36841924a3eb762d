package nl.nazorg.messaging.consumer;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: DOWN while a batch consumer waits out a passing failure (its poll is retried and no further record is
 * consumed), naming each waiting consumer and since when; UP again as soon as its poll commits. Nothing is lost
 * meanwhile: the poll is not acknowledged, and no valid record is dead-lettered for an outage.
 */
@Readiness
@ApplicationScoped
public class WaitingConsumersCheck implements HealthCheck {

    static final String NAME = "nazorg-consumers";

    @Inject
    PassingFailures passingFailures;

    @Override
    public HealthCheckResponse call() {
        Map<String, Instant> waiting = passingFailures.retrying();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(waiting.isEmpty());
        waiting.forEach((consumer, since) -> response.withData(consumer, "waiting out a passing failure since " + since));
        return response.build();
    }
}
