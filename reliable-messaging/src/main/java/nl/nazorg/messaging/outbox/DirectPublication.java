package nl.nazorg.messaging.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * Events published straight to Kafka, for facts that no database change comes before: the topic is their first
 * durable record, so there is no commit for an outbox to follow. A tracked-link click is one (the redirect answers
 * before anything is written); through the outbox it cost an outbox insert under per-key locks, the relay's read and
 * a delete per click, which was most of what a tracked redirect cost.
 *
 * <p>The producer is the relay's (idempotent, acks=all, the service's {@code kafka.*} settings) and the records carry
 * the same CloudEvents headers. {@link #publish} returns once the broker acknowledged every event, or throws; the
 * caller then publishes the same events again — the same {@code ce_id}s, which consumers deduplicate — and, after a
 * failure, on a fresh producer, so a record of a failed batch cannot be sent behind one of the next.
 */
@ApplicationScoped
public class DirectPublication {

    @Inject
    RelayProducerFactory producers;

    @Inject
    MessagingConfig config;

    @Inject
    ObjectMapper json;

    private Producer<String, String> producer;

    /**
     * Publishes the events in order and waits for the broker's acknowledgement of all of them.
     *
     * @throws PublicationFailedException when any was not acknowledged; {@link #isPermanent} tells whether trying
     *                                    again can help
     */
    public synchronized void publish(List<OutboxEvent> events) throws InterruptedException {
        Producer<String, String> current = producer();
        List<CompletableFuture<Void>> acks = new ArrayList<>(events.size());
        try {
            for (OutboxEvent event : events) {
                acks.add(send(current, event));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get();
        } catch (ExecutionException | RuntimeException failure) {
            discard();
            throw new PublicationFailedException(failure instanceof ExecutionException ? failure.getCause() : failure);
        }
    }

    /** A failure no retry can mend (a record too large, a topic we may not write). */
    public static boolean isPermanent(Throwable failure) {
        return Publication.isPermanent(failure instanceof PublicationFailedException ? failure.getCause() : failure);
    }

    private CompletableFuture<Void> send(Producer<String, String> current, OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(),
                OutboxColumns.payload(event.payload(), json));
        CloudEventHeaders.write(new CloudEventAttributes(event.id().toString(), event.type(),
                config.outbox().source(), event.time(), event.subject(), event.tenantId()), record.headers());
        CompletableFuture<Void> ack = new CompletableFuture<>();
        current.send(record, (metadata, error) -> {
            if (error == null) {
                ack.complete(null);
            } else {
                ack.completeExceptionally(error);
            }
        });
        return ack;
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /** The broker did not acknowledge every event of a {@link #publish}. */
    public static final class PublicationFailedException extends RuntimeException {

        PublicationFailedException(Throwable cause) {
            super("not every event was acknowledged by the broker: " + cause, cause);
        }
    }
}
