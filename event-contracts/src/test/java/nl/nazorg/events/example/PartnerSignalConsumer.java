package nl.nazorg.events.example;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import nl.nazorg.events.EventReader;
import nl.nazorg.events.Topics;
import nl.nazorg.events.signal.SignalRaised;

/**
 * The partner consumer shown in the README, kept here so that it compiles against the library it documents. Not run
 * by the tests (it needs a partner's broker).
 */
public final class PartnerSignalConsumer {

    private PartnerSignalConsumer() {
    }

    public static void main(String[] args) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "acme-bank-signals");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);

        EventReader reader = EventReader.tolerant();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.SIGNALS));
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    reader.read(record.topic(), record.headers(), record.value())
                            .filter(event -> event.payload() instanceof SignalRaised)
                            .map(event -> (SignalRaised) event.payload())
                            .ifPresent(signal -> System.out.printf("%s %s for client %s: %s%n", signal.tenantId(),
                                    signal.type(), signal.clientId(), signal.figures()));
                }
            }
        }
    }
}
