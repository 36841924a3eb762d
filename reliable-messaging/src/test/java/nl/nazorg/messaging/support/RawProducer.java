package nl.nazorg.messaging.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.testapp.TestTopics;

/** Writes crafted records to the real broker, as a partner system or a buggy producer would. */
public final class RawProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    /** A test-client event with a fresh ce_id. */
    public static CloudEventAttributes attributes(String clientId, String tenantId) {
        return new CloudEventAttributes(UUID.randomUUID().toString(), TestTopics.CLIENT_RENAMED, "/test/partner",
                OffsetDateTime.now(), clientId, tenantId);
    }

    public static String renamed(String clientId, String tenantId, String name, long version) {
        return "{\"clientId\":\"" + clientId + "\",\"tenantId\":\"" + tenantId + "\",\"name\":\"" + name
                + "\",\"version\":" + version + "}";
    }

    /** A record as a partner system would write it; {@code attributes} null leaves the CloudEvents headers out. */
    public static ProducerRecord<String, String> record(String topic, String key, CloudEventAttributes attributes,
                                                        String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (attributes != null) {
            CloudEventHeaders.write(attributes, record.headers());
        }
        return record;
    }

    /** Sends and waits for the acknowledgement, so records sent one after another keep their order. */
    public void send(String topic, String key, CloudEventAttributes attributes, String value) {
        sendAll(List.of(record(topic, key, attributes, value)));
    }

    /** Sends all at once, then waits for every acknowledgement; per partition they keep this order. */
    public void sendAll(List<ProducerRecord<String, String>> records) {
        List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
        try {
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get();
            }
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
