package nl.nazorg.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import nl.nazorg.events.Topics;
import nl.nazorg.messaging.outbox.RelayProducerFactory;

/**
 * Writes dead letters of batch consumers, which cannot use SmallRye's per-message {@code dead-letter-queue}
 * strategy (a batch is acknowledged or failed as a whole). The dead letter is what that strategy writes: to
 * {@code <topic>.dlq.<group>}, the original key, value and headers (CloudEvents ones included) plus the
 * {@link DeadLetterHeaders}. The returned Uni completes once the broker acknowledged it (acks=all), so the poll
 * is committed only after its dead letters are safe.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private Producer<String, String> producer;

    /**
     * Sends {@code record} to the dead-letter topic of {@code consumerGroup}.
     *
     * @param reason its message becomes {@code dead-letter-reason}
     */
    public Uni<Void> send(String consumerGroup, ConsumerRecord<String, String> record, Throwable reason) {
        String topic = Topics.deadLetter(record.topic(), consumerGroup);
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        describe(letter.headers(), record, reason);
        LOG.warnf("dead-lettered %s-%d@%d (key %s) to %s: %s", record.topic(), record.partition(), record.offset(),
                record.key(), topic, reason.getMessage());
        // On a worker thread: the first send to a topic may wait for its metadata, which an event loop must not.
        return Uni.createFrom().<Void>emitter(emitter -> producer().send(letter, (metadata, failure) -> {
            if (failure != null) {
                emitter.fail(failure);
            } else {
                emitter.complete(null);
            }
        })).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    static void describe(Headers headers, ConsumerRecord<?, ?> record, Throwable reason) {
        add(headers, DeadLetterHeaders.REASON, reason.getMessage() == null ? reason.toString() : reason.getMessage());
        add(headers, DeadLetterHeaders.EXCEPTION_CLASS, reason.getClass().getName());
        Throwable cause = reason.getCause();
        if (cause != null && cause != reason) {
            add(headers, DeadLetterHeaders.CAUSE, String.valueOf(cause.getMessage()));
            add(headers, DeadLetterHeaders.CAUSE_CLASS, cause.getClass().getName());
        }
        add(headers, DeadLetterHeaders.TOPIC, record.topic());
        add(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        add(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
    }

    private static void add(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> properties = RelayProducerFactory.properties(kafka, Map.of());
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, "nazorg-dead-letters");
            properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
