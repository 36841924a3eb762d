package nl.nazorg.campaign.support;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Publishes events the way the other services do: keyed, CloudEvents headers, JSON value. */
public final class TestEvents {

    private static KafkaProducer<String, byte[]> producer;

    private TestEvents() {
    }

    /** @return the ce_id used */
    public static String publish(EventPayload payload) {
        return publish(payload, UUID.randomUUID().toString());
    }

    public static String publish(EventPayload payload, String ceId) {
        send(record(payload, ceId));
        return ceId;
    }

    /** The record as the publishing service writes it: keyed, CloudEvents headers, JSON value. */
    public static ProducerRecord<String, byte[]> record(EventPayload payload, String ceId) {
        EventType type = EventType.of(payload);
        CloudEventAttributes generated = EventType.cloudEventFor(payload, "/nazorg/test", OffsetDateTime.now());
        CloudEventAttributes attributes = new CloudEventAttributes(ceId, generated.type(), generated.source(),
                generated.time(), generated.subject(), generated.tenantId());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), payload.partitionKey(), EventJson.write(payload));
        CloudEventHeaders.write(attributes, record.headers());
        return record;
    }

    /** Sends the records without waiting in between (so that a consumer is likely to get them in one poll). */
    /** The erasure of a client: a null value under its key on client-profiles.v1. */
    public static ProducerRecord<String, byte[]> tombstone(String tenant, String client, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CLIENT_PROFILES, client, null);
        CloudEventHeaders.write(new CloudEventAttributes(ceId, EventType.CLIENT_PROFILE.ceType(), "/nazorg/test",
                OffsetDateTime.now(), client, tenant), record.headers());
        return record;
    }

    public static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> sent = records.stream().map(record -> producer().send(record)).toList();
        producer().flush();
        try {
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all"));
        }
        return producer;
    }
}
