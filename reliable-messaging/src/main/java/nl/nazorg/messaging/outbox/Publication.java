package nl.nazorg.messaging.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

import nl.nazorg.events.cloudevents.CloudEventHeaders;

/**
 * Sends one batch of pending events with one producer and waits once for all acknowledgements.
 *
 * @param acknowledged rows the broker acknowledged (acks=all)
 * @param retry        rows to send again later, in order, with the first error seen
 * @param rejected     rows the broker will never accept, with their error
 * @param failedTopics topics of the rows to retry
 */
record Publication(List<Long> acknowledged, List<Long> retry, String retryError, Map<Long, String> rejected,
                   Set<String> failedTopics) {

    boolean failed() {
        return !retry.isEmpty();
    }

    /** Topics of the batch with no row to retry. */
    Set<String> healthyTopics(List<PendingEvent> batch) {
        Set<String> healthy = new HashSet<>();
        batch.forEach(event -> healthy.add(event.topic()));
        healthy.removeAll(failedTopics);
        return healthy;
    }

    static Publication send(Producer<String, String> producer, List<PendingEvent> batch) {
        // Aligned with the batch; null where a row was not sent.
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        Map<Long, Throwable> failures = new HashMap<>();
        // A topic whose metadata cannot be fetched holds every send to it for max.block.ms, then fails it at once
        // (before send returns): such a topic is tried once per batch, its other rows wait for the next.
        Set<String> unreachableTopics = new HashSet<>();
        for (PendingEvent event : batch) {
            if (unreachableTopics.contains(event.topic())) {
                failures.put(event.seq(), new IllegalStateException("topic " + event.topic() + " unreachable"));
                acks.add(null);
                continue;
            }
            CompletableFuture<Void> ack = send(producer, event);
            Throwable immediateFailure = ack.isCompletedExceptionally() ? ack.handle((ok, e) -> e).join() : null;
            if (immediateFailure != null && !isPermanent(unwrap(immediateFailure))) {
                unreachableTopics.add(event.topic());
            }
            acks.add(ack);
        }
        // Each future completes within the producer's delivery.timeout.ms, acknowledged or failed.
        CompletableFuture.allOf(acks.stream().filter(ack -> ack != null).toArray(CompletableFuture[]::new))
                .handle((ok, error) -> null).join();
        return outcome(batch, acks, failures);
    }

    private static CompletableFuture<Void> send(Producer<String, String> producer, PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        CloudEventHeaders.write(event.attributes(), record.headers());
        CompletableFuture<Void> ack = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    ack.complete(null);
                } else {
                    ack.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private static Publication outcome(List<PendingEvent> batch, List<CompletableFuture<Void>> acks,
                                       Map<Long, Throwable> failures) {
        for (int i = 0; i < batch.size(); i++) {
            CompletableFuture<Void> ack = acks.get(i);
            if (ack != null && ack.isCompletedExceptionally()) {
                failures.put(batch.get(i).seq(), unwrap(ack.handle((ok, error) -> error).join()));
            }
        }
        List<Long> acknowledged = new ArrayList<>();
        List<Long> retry = new ArrayList<>();
        Set<String> failedTopics = new HashSet<>();
        Map<Long, String> rejected = new LinkedHashMap<>();
        String retryError = null;
        for (PendingEvent event : batch) {
            Throwable failure = failures.get(event.seq());
            if (failure == null) {
                acknowledged.add(event.seq());
            } else if (isPermanent(failure)) {
                rejected.put(event.seq(), describe(failure));
            } else {
                retry.add(event.seq());
                failedTopics.add(event.topic());
                retryError = retryError == null ? describe(failure) : retryError;
            }
        }
        return new Publication(acknowledged, retry, retryError, rejected, failedTopics);
    }

    /** Only errors about the record itself; anything else (timeouts, a lost broker) may pass, so it is retried. */
    static boolean isPermanent(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException || failure instanceof SerializationException
                || failure instanceof TopicAuthorizationException;
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
