package nl.nazorg.messaging.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.common.annotation.Identifier;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * Builds the relay's producer from the service's {@code kafka.*} settings (bootstrap servers, security), made
 * idempotent with acks=all, and tuned for throughput: the relay sends thousands of records and then waits once.
 */
@ApplicationScoped
public class RelayProducerFactory implements Supplier<Producer<String, String>> {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    MessagingConfig config;

    @Override
    public Producer<String, String> get() {
        return new KafkaProducer<>(properties(kafka, config.outbox().producer()));
    }

    /** The service's producer settings plus the relay's: idempotent, acks=all, batched; {@code overrides} last. */
    public static Map<String, Object> properties(Map<String, Object> kafka, Map<String, String> overrides) {
        Map<String, Object> properties = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                properties.put(name, value);
            }
        });
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        // Idempotence keeps per-partition order with up to 5 requests in flight.
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // A missing topic must not hold the relay for the default minute per send.
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        properties.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "nazorg-outbox-relay");
        properties.putAll(overrides);
        return properties;
    }
}
