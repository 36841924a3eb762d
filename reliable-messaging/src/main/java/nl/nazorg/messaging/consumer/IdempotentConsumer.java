package nl.nazorg.messaging.consumer;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * Applies a consumed event at most once per consumer group: reads it (poison → dead-letter topic), then, in one
 * transaction, records its {@code ce_id} and runs the effect; a redelivery finds the id and does nothing.
 *
 * <pre>{@code
 * @Incoming(Topics.CLIENT_PROFILES)
 * public Uni<Void> onProfile(ConsumerRecord<String, String> record) {
 *     return consumer.handleOnce(GROUP, record, ClientProfile.class,
 *             event -> projection.apply(event.requireTenant(event.payload().tenantId())));
 * }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    IncomingEvents events;

    @Inject
    ProcessedEvents processed;

    @Inject
    MessagingConfig config;

    /**
     * Reads the record as {@code payloadType} and applies {@code effect} once for {@code consumerGroup}.
     * A {@link PoisonRecordException} (from reading or from the effect) fails the returned Uni at once, which
     * nacks the record; a passing failure (lost connection, deadlock) is retried with back-off first.
     *
     * @return completes when the effect is committed, or at once for a duplicate
     */
    public <T> Uni<Void> handleOnce(String consumerGroup, ConsumerRecord<String, String> record, Class<T> payloadType,
                                    Function<IncomingEvent<T>, Uni<?>> effect) {
        IncomingEvent<T> event;
        try {
            event = events.read(record, payloadType);
        } catch (PoisonRecordException e) {
            return Uni.createFrom().failure(e);
        }
        return applyOnce(consumerGroup, event, effect);
    }

    /** Applies an event read before (e.g. after choosing its type by {@code ce_type}) once for the group. */
    public <T> Uni<Void> applyOnce(String consumerGroup, IncomingEvent<T> event,
                                   Function<IncomingEvent<T>, Uni<?>> effect) {
        Supplier<Uni<Void>> attempt = () -> Panache.withTransaction(() -> processed.firstTime(consumerGroup, event.id())
                .chain(first -> {
                    if (!first) {
                        LOG.debugf("%s already processed event %s; skipped", consumerGroup, event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(event).replaceWithVoid();
                }));
        return withRetries(attempt, Vertx.currentContext(), 0);
    }

    private Uni<Void> withRetries(Supplier<Uni<Void>> attempt, Context context, int retried) {
        MessagingConfig.Consumer settings = config.consumer();
        return Uni.createFrom().deferred(attempt::get)
                .onFailure(failure -> retried < settings.transientRetries() && TransientFailures.isTransient(failure))
                .recoverWithUni(failure -> {
                    Duration delay = backoff(settings, retried);
                    LOG.warnf("passing failure (%s); attempt %d again in %s", failure.toString(), retried + 2, delay);
                    return pause(delay, context).chain(() -> withRetries(attempt, context, retried + 1));
                });
    }

    private static Duration backoff(MessagingConfig.Consumer settings, int retried) {
        Duration delay = settings.transientBackoff().multipliedBy(1L << Math.min(retried, 16));
        return delay.compareTo(settings.transientMaxBackoff()) > 0 ? settings.transientMaxBackoff() : delay;
    }

    /** Waits on the caller's Vert.x context, so Hibernate Reactive resumes on the context it requires. */
    private static Uni<Void> pause(Duration delay, Context context) {
        if (context == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(delay);
        }
        return Uni.createFrom().emitter(emitter ->
                context.owner().setTimer(Math.max(1, delay.toMillis()), id -> context.runOnContext(v -> emitter.complete(null))));
    }
}
