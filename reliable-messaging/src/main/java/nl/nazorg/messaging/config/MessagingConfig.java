package nl.nazorg.messaging.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the reliable-messaging library; every key has a default, so a service sets none unless it wants to.
 */
@ConfigMapping(prefix = "nazorg.messaging")
public interface MessagingConfig {

    /** Apply the library's schema migrations at startup ({@code MessagingMigrations}). */
    @WithDefault("true")
    boolean migrateAtStart();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {

        /** Run the relay in this process; a service that only consumes may switch it off. */
        @WithDefault("true")
        boolean relayEnabled();

        /** {@code ce_source} of every event this service appends. */
        @WithDefault("/nazorg/${quarkus.application.name:unknown}")
        String source();

        /** Rows read, sent and acknowledged per relay cycle. */
        @WithDefault("5000")
        int batchSize();

        /** The sweep that catches rows whose wake-up was missed (a crash, a lost LISTEN connection). */
        @WithDefault("1s")
        Duration sweepInterval();

        /** Longest pause of the relay after the broker refused a batch. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** Extra Kafka producer properties for the relay, on top of the {@code kafka.*} ones. */
        Map<String, String> producer();
    }

    interface Consumer {

        /** How long processed event ids are remembered; longer than any redelivery or replay window. */
        @WithDefault("30d")
        Duration processedRetention();

        @WithDefault("100ms")
        Duration transientBackoff();

        @WithDefault("5s")
        Duration transientMaxBackoff();
    }

    /** How often retention clean-up runs. */
    @WithDefault("1m")
    Duration cleanupInterval();
}
