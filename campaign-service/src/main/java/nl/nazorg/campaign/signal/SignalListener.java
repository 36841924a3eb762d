package nl.nazorg.campaign.signal;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.contact.ProfileListener;
import nl.nazorg.campaign.mail.MailDispatcher;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.IncomingEvents;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** signals.v1 → the signal projection, and for SignalRaised the triggered campaigns. */
@ApplicationScoped
public class SignalListener {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    IncomingEvents incoming;

    @Inject
    SignalProjection projection;

    @Inject
    SignalTrigger trigger;

    @Inject
    MailDispatcher dispatcher;

    @Incoming(Topics.SIGNALS)
    public Uni<Void> onSignal(ConsumerRecord<String, String> record) {
        Optional<EventType> type;
        IncomingEvent<? extends SignalEvent> event;
        try {
            type = EventType.fromCeType(incoming.attributes(record).type());
            if (type.isEmpty() || !SignalEvent.class.isAssignableFrom(type.get().payloadClass())) {
                return Uni.createFrom().voidItem();   // a newer event type: tolerant reader skips it
            }
            @SuppressWarnings("unchecked")
            Class<? extends SignalEvent> payloadClass = (Class<? extends SignalEvent>) type.get().payloadClass();
            event = incoming.read(record, payloadClass);
        } catch (PoisonRecordException e) {
            return Uni.createFrom().failure(e);
        }
        AtomicInteger planned = new AtomicInteger();
        return consumer.applyOnce(ProfileListener.GROUP, event, e -> apply(e, planned))
                .invoke(() -> {
                    if (planned.get() > 0) {
                        dispatcher.wakeUp();
                    }
                });
    }

    private Uni<Void> apply(IncomingEvent<? extends SignalEvent> event, AtomicInteger planned) {
        if (event.isTombstone()) {
            throw new PoisonRecordException("signals.v1 carries no tombstones");
        }
        SignalEvent signal = event.requireTenant(event.payload().tenantId()).payload();
        if (signal.type() == null || signal.type() == SignalType.UNKNOWN) {
            return Uni.createFrom().voidItem();   // a signal type this service does not know yet
        }
        return projection.apply(signal).chain(known -> signal instanceof SignalRaised raised
                        ? trigger.onRaised(raised, known).invoke(planned::set)
                        : trigger.onClosed(known))
                .replaceWithVoid();
    }
}
