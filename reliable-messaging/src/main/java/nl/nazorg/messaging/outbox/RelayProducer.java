package nl.nazorg.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import nl.nazorg.events.cloudevents.CloudEventHeaders;

/**
 * The relay's producer, with the rule that keeps per-key order while batches overlap: the first passing failure the
 * broker reports for a record already handed over <b>closes the producer at once</b>, from the callback.
 *
 * <p>Why: the idempotent producer writes a partition's records in order and the broker refuses a record whose
 * predecessor it did not write (sequence numbers), so nothing sent later can overtake a failed record, as long as
 * the producer does not start over. But after a batch finally fails (delivery timeout, a broker away) the producer
 * would bump its epoch, reset the partition's sequence and send what it still holds: records of the next relay
 * batch, possibly of the same key, ahead of the failed ones. Closed from the callback, it sends nothing more; what it
 * held fails, stays pending and is sent again, in sequence order, by a fresh producer.
 *
 * <p>A failure {@code send} reports itself (no metadata for the topic within max.block.ms) handed nothing over, so
 * it does not close the producer; the relay stops sending that topic instead. A record the broker will never take
 * ({@link Publication#isPermanent}) is parked by design and does not close it either.
 */
final class RelayProducer implements AutoCloseable {

    private final Producer<String, String> producer;
    private final Thread relayThread;
    private final AtomicReference<String> trippedBy = new AtomicReference<>();

    RelayProducer(Producer<String, String> producer) {
        this.producer = producer;
        this.relayThread = Thread.currentThread();
    }

    /** Hands one event to the producer; the future completes with the broker's answer. */
    CompletableFuture<Void> send(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        CloudEventHeaders.write(event.attributes(), record.headers());
        CompletableFuture<Void> ack = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    ack.complete(null);
                } else {
                    tripOnLateFailure(event.topic(), error);
                    ack.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private void tripOnLateFailure(String topic, Exception error) {
        boolean late = Thread.currentThread() != relayThread;
        if (late && !Publication.isPermanent(error) && trippedBy.compareAndSet(null, topic)) {
            // From the producer's own thread, close(ZERO) fails everything it still holds without sending it.
            producer.close(Duration.ZERO);
        }
    }

    /** The topic whose late failure closed this producer, or null while it is sound. */
    String trippedBy() {
        return trippedBy.get();
    }

    boolean tripped() {
        return trippedBy.get() != null;
    }

    @Override
    public void close() {
        producer.close(tripped() ? Duration.ZERO : Duration.ofSeconds(5));
    }
}
