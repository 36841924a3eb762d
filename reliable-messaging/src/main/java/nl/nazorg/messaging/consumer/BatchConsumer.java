package nl.nazorg.messaging.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.messaging.config.MessagingConfig;
import nl.nazorg.messaging.deadletter.DeadLetters;

/**
 * Applies a whole Kafka poll at most once per consumer group, in one transaction of the reactive PostgreSQL client:
 * <ol>
 *     <li>reads every record in memory; an unreadable one (bad JSON, contract violated, CloudEvents headers missing,
 *     refused by the listener's check, e.g. a wrong tenant) goes to {@code <topic>.dlq.<group>} with its reason;</li>
 *     <li>records the valid records' {@code ce_id}s in the message log in one statement, which also tells which
 *     were applied before;</li>
 *     <li>calls the effect once with the new events, in poll order, on the same transaction.</li>
 * </ol>
 * A non-passing failure of the effect splits the batch in halves until the failing record stands alone; that
 * record is dead-lettered with the failure as its reason and the rest commits. A passing failure (PostgreSQL or
 * the broker unreachable, deadlock, serialisation failure) is retried with back-off for as long as it lasts; the
 * poll stays unacknowledged meanwhile, so the channel consumes nothing further ({@link PassingFailures}).
 *
 * <pre>{@code
 * @Incoming(Topics.CLIENT_PROFILES)   // mp.messaging.incoming."client-profiles.v1".batch=true
 * public Uni<Void> onProfiles(ConsumerRecords<String, String> poll) {
 *     return consumer.handle(poll, ClientProfile.class,
 *             event -> event.requireTenant(event.payload().tenantId()),
 *             (transaction, events) -> projection.upsert(transaction, NewestPerKey.of(events, ...)));
 * }
 * }</pre>
 */
@ApplicationScoped
public class BatchConsumer {

    private static final Logger LOG = Logger.getLogger(BatchConsumer.class);

    /** A valid record with the event read from it, kept together so that a failing event can be dead-lettered. */
    private record Delivery<T>(ConsumerRecord<String, String> record, IncomingEvent<T> event) {
    }

    @Inject
    IncomingEvents events;

    @Inject
    ProcessedEvents processed;

    @Inject
    DeadLetters deadLetters;

    @Inject
    PassingFailures passingFailures;

    @Inject
    MessagingConfig config;

    @Inject
    ConsumerGroups groups;

    @Inject
    Pool pool;

    /** {@link #handle(Iterable, Class, Consumer, BatchEffect)} with no check beyond the contract. */
    public <T> Uni<Void> handle(Iterable<ConsumerRecord<String, String>> poll, Class<T> payloadType,
                                BatchEffect<T> effect) {
        return handle(poll, payloadType, event -> {
        }, effect);
    }

    /**
     * @param poll  the records of one poll ({@code ConsumerRecords} or a list), in the order they were consumed
     * @param check runs on every event after reading; throwing (e.g. {@link IncomingEvent#requireTenant}, or
     *              {@link IncomingEvent#require} refusing a tombstone) dead-letters the record with that reason
     * @return completes when every record is applied, skipped as a duplicate or dead-lettered; then the poll may be
     * acknowledged
     */
    public <T> Uni<Void> handle(Iterable<ConsumerRecord<String, String>> poll, Class<T> payloadType,
                                Consumer<IncomingEvent<T>> check, BatchEffect<T> effect) {
        return handle(poll, attributes -> payloadType, check, effect);
    }

    /**
     * For a topic that carries several event types (e.g. signals.v1: raised, updated, resolved): each record is read
     * as the payload type its CloudEvents attributes name. Filter the poll to the types the listener handles first
     * ({@link IncomingEvents#ofType}); a type the function refuses (by throwing) dead-letters the record.
     *
     * @param payloadTypeOf the payload class for a record's attributes ({@code ce_type}), a subtype of {@code T}
     */
    public <T> Uni<Void> handle(Iterable<ConsumerRecord<String, String>> poll,
                                Function<CloudEventAttributes, Class<? extends T>> payloadTypeOf,
                                Consumer<IncomingEvent<T>> check, BatchEffect<T> effect) {
        List<Delivery<T>> valid = new ArrayList<>();
        List<Uni<Void>> unreadable = new ArrayList<>();
        String group = null;
        for (ConsumerRecord<String, String> record : poll) {
            if (group == null) {
                group = groups.of(record.topic()); // a poll holds one topic: its channel's
            }
            try {
                CloudEventAttributes attributes = events.attributes(record);
                @SuppressWarnings("unchecked")   // an event of a subtype of T is an event of T: IncomingEvent is read-only
                IncomingEvent<T> event = (IncomingEvent<T>) events.read(record, attributes,
                        payloadTypeOf.apply(attributes));
                check.accept(event);
                valid.add(new Delivery<>(record, event));
            } catch (RuntimeException e) {
                unreadable.add(deadLetter(group, record, e));
            }
        }
        if (group == null) {
            return Uni.createFrom().voidItem();
        }
        String consumerGroup = group;
        Uni<Void> deadLettered = unreadable.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(unreadable).andCollectFailures().replaceWithVoid();
        return deadLettered.chain(() -> apply(consumerGroup, valid, effect));
    }

    /** Commits the batch, or splits it around the record whose effect fails for good. */
    private <T> Uni<Void> apply(String consumerGroup, List<Delivery<T>> batch, BatchEffect<T> effect) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return untilPassed(consumerGroup, batch.get(0).record().topic(), () -> transaction(consumerGroup, batch, effect))
                .onFailure().recoverWithUni(failure -> {
                    if (batch.size() == 1) {
                        return deadLetter(consumerGroup, batch.get(0).record(), failure);
                    }
                    int half = batch.size() / 2;
                    LOG.debugf("%s: effect failed for a batch of %d (%s); splitting it", consumerGroup, batch.size(),
                            failure.toString());
                    return apply(consumerGroup, batch.subList(0, half), effect)
                            .chain(() -> apply(consumerGroup, batch.subList(half, batch.size()), effect));
                });
    }

    private <T> Uni<Void> transaction(String consumerGroup, List<Delivery<T>> batch, BatchEffect<T> effect) {
        return pool.withTransaction(connection -> processed
                .firstTimes(connection, consumerGroup, batch.stream().map(d -> d.event().id()).toList())
                .chain(recorded -> {
                    List<IncomingEvent<T>> fresh = firstOccurrences(batch, recorded);
                    if (fresh.size() < batch.size()) {
                        LOG.debugf("%s: %d of %d events applied before; skipped", consumerGroup,
                                batch.size() - fresh.size(), batch.size());
                    }
                    return fresh.isEmpty() ? Uni.createFrom().voidItem() : effect.apply(connection, fresh);
                }));
    }

    /** A broker that cannot take the dead letter now is waited out like PostgreSQL: the record is not skipped. */
    private Uni<Void> deadLetter(String consumerGroup, ConsumerRecord<String, String> record, Throwable reason) {
        return untilPassed(consumerGroup, record.topic(), () -> deadLetters.send(consumerGroup, record, reason));
    }

    /** The new events in poll order, a {@code ce_id} repeated within the poll only once. */
    private static <T> List<IncomingEvent<T>> firstOccurrences(List<Delivery<T>> batch, Set<String> recorded) {
        Set<String> pending = new HashSet<>(recorded);
        List<IncomingEvent<T>> fresh = new ArrayList<>(recorded.size());
        for (Delivery<T> delivery : batch) {
            if (pending.remove(delivery.event().id())) {
                fresh.add(delivery.event());
            }
        }
        return fresh;
    }

    /** Retries a passing failure with back-off for as long as it lasts; other failures pass through. */
    private Uni<Void> untilPassed(String consumerGroup, String topic, Supplier<Uni<Void>> attempt) {
        MessagingConfig.Consumer settings = config.consumer();
        String consumer = PassingFailures.consumer(consumerGroup, topic);
        return Uni.createFrom().deferred(attempt::get)
                .onFailure(TransientFailures::isTransient).invoke(failure -> {
                    passingFailures.failed(consumer);
                    LOG.warnf("%s: passing failure (%s); the poll is tried again", consumer, failure.toString());
                })
                .onFailure(TransientFailures::isTransient).retry()
                .withBackOff(settings.transientBackoff(), settings.transientMaxBackoff()).indefinitely()
                .eventually(() -> passingFailures.passed(consumer));
    }
}
