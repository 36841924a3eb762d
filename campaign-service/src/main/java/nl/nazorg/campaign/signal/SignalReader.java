package nl.nazorg.campaign.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.EventType;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.messaging.consumer.IncomingEvents;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.Optional;

/**
 * Which records of signals.v1 this service reads, and as which signal event: signals.v1 carries three event types
 * in one poll, each record is read as the one its {@code ce_type} names.
 */
@ApplicationScoped
public class SignalReader {

    @Inject
    IncomingEvents incoming;

    /**
     * @return the records of a signal event type, and those whose headers cannot be read (the batch consumer
     * dead-letters them); records of event types this service does not know (newer ones) are skipped, tolerant reader
     */
    public List<ConsumerRecord<String, String>> ours(Iterable<ConsumerRecord<String, String>> poll) {
        return incoming.ofTypes(poll, ceType -> signalType(ceType).isPresent());
    }

    /** The payload class a record of signals.v1 is read as, by its {@code ce_type}. */
    public static Class<? extends SignalEvent> payloadType(CloudEventAttributes attributes) {
        return signalType(attributes.type())
                .orElseThrow(() -> new PoisonRecordException("not a signal event: " + attributes.type()));
    }

    private static Optional<Class<? extends SignalEvent>> signalType(String ceType) {
        return EventType.fromCeType(ceType).map(EventType::payloadClass)
                .filter(SignalEvent.class::isAssignableFrom)
                .map(type -> type.asSubclass(SignalEvent.class));
    }
}
