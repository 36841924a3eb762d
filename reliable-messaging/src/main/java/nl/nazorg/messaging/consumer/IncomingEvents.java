package nl.nazorg.messaging.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.cloudevents.InvalidCloudEventException;

/**
 * Reads consumed records (String values) into {@link IncomingEvent}s, turning everything unreadable into a
 * {@link PoisonRecordException} with a reason. Tolerant reader: unknown fields are ignored (DESIGN.md §2).
 */
@ApplicationScoped
public class IncomingEvents {

    @Inject
    ObjectMapper json;

    /** Reads the headers only, e.g. to choose the payload type by {@code ce_type}. */
    public CloudEventAttributes attributes(ConsumerRecord<String, ?> record) {
        try {
            return CloudEventHeaders.read(record.headers());
        } catch (InvalidCloudEventException e) {
            throw new PoisonRecordException("invalid CloudEvents headers: " + e.getMessage(), e);
        }
    }

    /**
     * The records of a poll that carry this {@code ce_type}, in poll order, for a batch listener of a topic with
     * several event types: the others are not its business and are skipped without a dead letter. A record whose
     * headers cannot be read is kept, so that {@link BatchConsumer} dead-letters it with its reason.
     */
    public List<ConsumerRecord<String, String>> ofType(Iterable<ConsumerRecord<String, String>> poll, String ceType) {
        return ofTypes(poll, ceType::equals);
    }

    /** {@link #ofType} for a listener of several event types: the records whose {@code ce_type} it accepts. */
    public List<ConsumerRecord<String, String>> ofTypes(Iterable<ConsumerRecord<String, String>> poll,
                                                        Predicate<String> ceTypes) {
        List<ConsumerRecord<String, String>> kept = new ArrayList<>();
        for (ConsumerRecord<String, String> record : poll) {
            try {
                if (ceTypes.test(attributes(record).type())) {
                    kept.add(record);
                }
            } catch (PoisonRecordException unreadable) {
                kept.add(record);
            }
        }
        return kept;
    }

    /**
     * @throws PoisonRecordException when a header is missing or malformed, or the value is not JSON of that type
     */
    public <T> IncomingEvent<T> read(ConsumerRecord<String, String> record, Class<T> payloadType) {
        return read(record, attributes(record), payloadType);
    }

    /** {@link #read(ConsumerRecord, Class)} with the record's headers already read (they are read once per record). */
    public <T> IncomingEvent<T> read(ConsumerRecord<String, String> record, CloudEventAttributes attributes,
                                     Class<T> payloadType) {
        T payload = record.value() == null ? null : payload(record.value(), payloadType, attributes);
        return new IncomingEvent<>(record.topic(), record.key(), attributes, payload);
    }

    private <T> T payload(String value, Class<T> payloadType, CloudEventAttributes attributes) {
        ObjectReader reader = json.readerFor(payloadType)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            T payload = reader.readValue(value);
            if (payload == null) {
                throw new PoisonRecordException("payload of " + attributes.type() + " is JSON null");
            }
            return payload;
        } catch (JsonProcessingException e) {
            // Also a record's constructor refusing the values (a required field missing), wrapped by Jackson.
            throw new PoisonRecordException("malformed " + attributes.type() + " payload: "
                    + e.getOriginalMessage(), e);
        }
    }
}
