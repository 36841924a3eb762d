package nl.nazorg.benchmarks.kafka;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;

/**
 * Baseline: a plain KafkaProducer writing as many records as a scenario publishes — same keys, same value size,
 * CloudEvents headers, the same producer settings ({@code acks=all}, idempotent) — to a topic of the benchmark's own
 * on the same broker. What Kafka alone needs for the output.
 */
public final class PlainProducer {

    private PlainProducer() {
    }

    /** Produces one record per key; answers the seconds until every record was acknowledged. */
    public static double seconds(String bootstrapServers, String topic, List<String> keys, int valueBytes,
            String ceType) {
        byte[] value = new byte[Math.max(1, valueBytes)];
        java.util.Arrays.fill(value, (byte) 'x');
        AtomicLong acknowledged = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(EventPublisher.settings(bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic); // metadata first: its round trip is not the producer's throughput
            long start = System.nanoTime();
            for (String key : keys) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
                CloudEventHeaders.write(CloudEventAttributes.newEvent(ceType, "/nazorg/benchmark",
                        OffsetDateTime.now(), key, "bench"), record.headers());
                producer.send(record, (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    } else {
                        acknowledged.incrementAndGet();
                    }
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            CountMismatch.checkThat(failure.get() == null, "plain producer failed: " + failure.get());
            CountMismatch.check("records acknowledged by the broker", keys.size(), acknowledged.get());
            return seconds;
        }
    }
}
