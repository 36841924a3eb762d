package nl.nazorg.signal.support;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** Writes records to the real broker as client-service, survey-service, a partner or a buggy producer would. */
public final class RawProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    /** Sends a contract record with fresh CloudEvents headers; answers them (for a replay with the same ce_id). */
    public CloudEventAttributes send(EventPayload payload) {
        CloudEventAttributes attributes = EventType.cloudEventFor(payload, "/test/producer", OffsetDateTime.now());
        send(attributes, payload);
        return attributes;
    }

    public void send(CloudEventAttributes attributes, EventPayload payload) {
        String topic = EventType.of(payload).topic();
        send(topic, payload.partitionKey(), attributes, new String(EventJson.write(payload), StandardCharsets.UTF_8));
    }

    public void tombstone(String topic, String key, String ceType, String tenantId) {
        send(topic, key, new CloudEventAttributes(UUID.randomUUID().toString(), ceType, "/test/producer",
                OffsetDateTime.now(), key, tenantId), null);
    }

    /** Sends and waits for the acknowledgement, so records sent one after another keep their order. */
    public void send(String topic, String key, CloudEventAttributes attributes, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (attributes != null) {
            CloudEventHeaders.write(attributes, record.headers());
        }
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
