package nl.nazorg.client.support;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
        CloudEventAttributes attributes = EventType.cloudEventFor(payload, "/nazorg/test", OffsetDateTime.now());
        publish(attributes, EventType.of(payload).topic(), payload.partitionKey(), EventJson.write(payload));
        return attributes;
    }

    public static void publish(CloudEventAttributes attributes, String topic, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        if (attributes != null) {
            CloudEventHeaders.write(attributes, record.headers());
        }
        send(record);
    }

    public static void publishRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }
}
