package nl.nazorg.client.support;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Future;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** Publishes events as another service would: CloudEvents headers, JSON value, keyed by clientId. */
public final class TopicWriter {

    private TopicWriter() {
    }

    /** Publishes the event and returns its CloudEvents attributes (its ce_id, to publish it again). */
    public static CloudEventAttributes publish(EventPayload payload) {
        ProducerRecord<String, byte[]> record = record(payload);
        sendAll(List.of(record));
        return CloudEventHeaders.read(record.headers());
    }

    /** The event as {@link #publish(EventPayload)} writes it, for {@link #sendAll}. */
    public static ProducerRecord<String, byte[]> record(EventPayload payload) {
        return record(EventType.cloudEventFor(payload, "/nazorg/test", OffsetDateTime.now()),
                EventType.of(payload).topic(), payload.partitionKey(), EventJson.write(payload));
    }

    public static void publish(CloudEventAttributes attributes, String topic, String key, byte[] value) {
        sendAll(List.of(record(attributes, topic, key, value)));
    }

    public static void publishRaw(String topic, String key, String value) {
        sendAll(List.of(record(null, topic, key, value.getBytes(StandardCharsets.UTF_8))));
    }

    /** A record as {@link #publish} writes it (no headers when {@code attributes} is null), for {@link #sendAll}. */
    public static ProducerRecord<String, byte[]> record(CloudEventAttributes attributes, String topic, String key,
                                                        byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        if (attributes != null) {
            CloudEventHeaders.write(attributes, record.headers());
        }
        return record;
    }

    /** Sends the records in this order with one producer, so that a consumer is likely to take them in one poll. */
    public static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            List<Future<RecordMetadata>> acks = records.stream().map(producer::send).toList();
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + records.size() + " records", e);
        }
    }
}
