package nl.nazorg.benchmarks.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.nazorg.benchmarks.kafka.EventPublisher;
import nl.nazorg.benchmarks.measure.CountMismatch;

/**
 * Baseline: a plain KafkaConsumer → KafkaProducer pass-through over exactly the preloaded records (same broker,
 * same partitions), committing its offsets as it goes and writing every record with its key and headers to a topic
 * of its own. What Kafka alone needs to move the events the service drains.
 */
final class PassThrough {

    private PassThrough() {
    }

    /** How many records lie between the offsets {@code from} and {@code to}. */
    static long records(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        return to.entrySet().stream().mapToLong(end -> end.getValue() - from.get(end.getKey())).sum();
    }

    /** Copies the records between {@code from} and {@code to}; answers the seconds until all were acknowledged. */
    static double seconds(String bootstrapServers, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to,
            String outTopic, String group) {
        long expected = records(from, to);
        AtomicLong acknowledged = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long consumed = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(EventPublisher.settings(bootstrapServers),
                     new StringSerializer(), new ByteArraySerializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            producer.partitionsFor(outTopic);
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(10).toNanos();
            while (consumed < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= to.get(partition)) {
                        continue;
                    }
                    consumed++;
                    producer.send(new ProducerRecord<>(outTopic, null, record.key(), record.value(), record.headers()),
                            (metadata, error) -> {
                                if (error != null) {
                                    failure.compareAndSet(null, error);
                                } else {
                                    acknowledged.incrementAndGet();
                                }
                            });
                }
                consumer.commitAsync();
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            CountMismatch.checkThat(failure.get() == null, "pass-through producer failed: " + failure.get());
            CountMismatch.check("records passed through", expected, acknowledged.get());
            return seconds;
        }
    }
}
