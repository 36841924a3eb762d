package nl.nazorg.messaging.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

/**
 * What the broker said about one batch.
 *
 * @param acknowledged rows the broker acknowledged (acks=all)
 * @param retry        rows to send again later, in order, with the first error seen
 * @param rejected     rows the broker will never accept, with their error
 * @param failedTopics topics that failed on their own account and must wait now; rows of other topics that failed
 *                     only because a tripped producer dropped them are retried at once, and topics send could not
 *                     reach wait already
 * @param tripped      the producer closed itself during this batch (see {@link RelayProducer})
 */
record Publication(List<Long> acknowledged, List<Long> retry, String retryError, Map<Long, String> rejected,
                   Set<String> failedTopics, boolean tripped) {

    /** Topics of the batch with every row acknowledged or rejected. */
    Set<String> healthyTopics(List<PendingEvent> batch) {
        Set<String> healthy = new HashSet<>();
        batch.forEach(event -> healthy.add(event.topic()));
        Set<Long> retried = new HashSet<>(retry);
        batch.stream().filter(event -> retried.contains(event.seq())).forEach(event -> healthy.remove(event.topic()));
        return healthy;
    }

    /**
     * @param failures          per failed row, its error
     * @param unreachableTopics topics that already wait (send could not reach them)
     * @param trippedBy the topic whose late failure closed the producer, or null
     */
    static Publication of(List<PendingEvent> batch, Map<Long, Throwable> failures, Set<String> unreachableTopics,
                          String trippedBy) {
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
                if (!unreachableTopics.contains(event.topic())
                        && (trippedBy == null || trippedBy.equals(event.topic()))) {
                    failedTopics.add(event.topic());
                }
                retryError = retryError == null ? describe(failure) : retryError;
            }
        }
        return new Publication(acknowledged, retry, retryError, rejected, failedTopics, trippedBy != null);
    }

    /** Only errors about the record itself; anything else (timeouts, a lost broker) may pass, so it is retried. */
    static boolean isPermanent(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException || failure instanceof SerializationException
                || failure instanceof TopicAuthorizationException;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
