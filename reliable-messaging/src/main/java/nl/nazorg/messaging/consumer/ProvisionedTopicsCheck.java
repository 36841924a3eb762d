package nl.nazorg.messaging.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;
import nl.nazorg.messaging.deadletter.DeadLetterTopics;

/**
 * Readiness: DOWN, naming each one, while a topic the service's consumers need is missing on the broker (a topic an
 * incoming channel reads, or its dead-letter topic). The platform's provisioning creates every topic; a service never
 * does, so a missing topic is reported here rather than met later by a consumer or a dead letter with nowhere to go.
 * Once every topic was found the broker is not asked again: topics are not removed under a running platform.
 */
@Readiness
@ApplicationScoped
public class ProvisionedTopicsCheck implements HealthCheck {

    static final String NAME = "nazorg-topics";
    private static final long ADMIN_TIMEOUT_SECONDS = 5;
    /** Closing must not wait for a broker that is down: the check answers within its own timeout. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

    @Inject
    Config config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private volatile boolean allFound;

    @Override
    public HealthCheckResponse call() {
        Set<String> required = required();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("topics", required.size());
        if (allFound) {
            return response.up().build();
        }
        Admin admin = Admin.create(adminProperties());
        try {
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> missing = required.stream().filter(topic -> !existing.contains(topic)).toList();
            allFound = missing.isEmpty();
            if (!allFound) {
                response.withData("missing", String.join(", ", missing));
            }
            return response.status(allFound).build();
        } catch (ExecutionException | TimeoutException e) {
            return response.down().withData("error", "could not list the broker's topics: " + e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().build();
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    /** The topics the incoming channels read and their dead-letter topics, sorted. */
    Set<String> required() {
        Set<String> topics = new TreeSet<>();
        DeadLetterTopics.configured(config).forEach((source, deadLetter) -> {
            topics.add(source);
            topics.add(deadLetter);
        });
        return topics;
    }

    private Map<String, Object> adminProperties() {
        Map<String, Object> properties = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                properties.put(name, value);
            }
        });
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "nazorg-topics-check");
        return properties;
    }
}
