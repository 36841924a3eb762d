package nl.nazorg.benchmarks.kafka;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.json.EventJson;

/**
 * Publishes contract events as a partner system or another service would: keyed by the payload's partition key,
 * CloudEvents headers, JSON value, idempotent producer with {@code acks=all}.
 */
public final class EventPublisher implements AutoCloseable {

    private static final String SOURCE = "/nazorg/benchmark";

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(settings(bootstrapServers), new StringSerializer(), new ByteArraySerializer());
    }

    /** The producer settings of every benchmark producer, baselines included, so they compare alike. */
    public static Map<String, Object> settings(String bootstrapServers) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    }

    public Future<RecordMetadata> publish(EventPayload payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventType.of(payload).topic(),
                payload.partitionKey(), EventJson.write(payload));
        CloudEventHeaders.write(EventType.cloudEventFor(payload, SOURCE, OffsetDateTime.now()), record.headers());
        return producer.send(record);
    }

    /** Publishes one event and waits until the broker has it. */
    public void publishNow(EventPayload payload) {
        try {
            publish(payload).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing " + payload.getClass().getSimpleName() + " failed", e);
        }
    }

    /** Waits until every event published so far is on the broker. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
