package nl.nazorg.messaging.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A batch of pending rows handed to the producer, its acknowledgements outstanding. The relay reads and sends the
 * next batch meanwhile, then {@link #outcome() waits} for this one.
 */
final class InFlightBatch {

    private final List<PendingEvent> batch;
    private final RelayProducer producer;
    /** Aligned with the batch; null where a row was not sent. */
    private final List<CompletableFuture<Void>> acks;
    private final Set<String> unreachableTopics;

    private InFlightBatch(List<PendingEvent> batch, RelayProducer producer, List<CompletableFuture<Void>> acks,
                          Set<String> unreachableTopics) {
        this.batch = batch;
        this.producer = producer;
        this.acks = acks;
        this.unreachableTopics = unreachableTopics;
    }

    /**
     * Sends every row without waiting. A topic whose metadata cannot be fetched holds a send for max.block.ms, then
     * fails it before {@code send} returns: such a topic is tried once per batch, its other rows are not sent. Nothing
     * more is sent once the producer closed itself after a late failure.
     */
    static InFlightBatch send(RelayProducer producer, List<PendingEvent> batch) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        Set<String> unreachableTopics = new HashSet<>();
        for (PendingEvent event : batch) {
            if (producer.tripped() || unreachableTopics.contains(event.topic())) {
                acks.add(null);
                continue;
            }
            CompletableFuture<Void> ack = producer.send(event);
            if (ack.isCompletedExceptionally() && !producer.tripped()
                    && !Publication.isPermanent(failure(ack))) {
                unreachableTopics.add(event.topic());
            }
            acks.add(ack);
        }
        return new InFlightBatch(batch, producer, acks, unreachableTopics);
    }

    List<PendingEvent> rows() {
        return batch;
    }

    List<Long> seqs() {
        return batch.stream().map(PendingEvent::seq).toList();
    }

    /** The producer closed itself after a late failure: it dropped what it held of this batch. */
    boolean producerTripped() {
        return producer.tripped();
    }

    /** Topics the producer could not reach while sending: they wait from now on, before the next batch is read. */
    Set<String> unreachableTopics() {
        return unreachableTopics;
    }

    /** Waits for every acknowledgement (each completes within the producer's delivery.timeout.ms) and sorts them. */
    Publication outcome() {
        CompletableFuture.allOf(acks.stream().filter(ack -> ack != null).toArray(CompletableFuture[]::new))
                .handle((ok, error) -> null).join();
        Map<Long, Throwable> failures = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingEvent event = batch.get(i);
            CompletableFuture<Void> ack = acks.get(i);
            if (ack == null) {
                failures.put(event.seq(), new IllegalStateException("not sent: topic " + event.topic()
                        + " unreachable, or the producer closed after a failure"));
            } else if (ack.isCompletedExceptionally()) {
                failures.put(event.seq(), failure(ack));
            }
        }
        return Publication.of(batch, failures, unreachableTopics, producer.trippedBy());
    }

    private static Throwable failure(CompletableFuture<Void> ack) {
        Throwable error = ack.handle((ok, e) -> e).join();
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
