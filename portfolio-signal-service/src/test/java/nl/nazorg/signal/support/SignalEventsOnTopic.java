package nl.nazorg.signal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.events.EventType;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemaValidator;

/** Checks a record on signals.v1 as a partner would read it: headers, key and the JSON Schema of its type. */
public final class SignalEventsOnTopic {

    private static final EventSchemaValidator VALIDATOR = EventSchemaValidator.create();

    private SignalEventsOnTopic() {
    }

    /** Asserts headers and schema; answers the value as a tree. */
    public static JsonNode valid(ConsumerRecord<String, String> record) {
        String ceType = TopicReader.header(record, "ce_type");
        EventType type = EventType.fromCeType(ceType).orElseThrow();
        byte[] value = record.value().getBytes(StandardCharsets.UTF_8);
        assertThat(VALIDATOR.violations(type, value)).as("schema violations of %s", ceType).isEmpty();
        JsonNode json = EventJson.readTree(value);
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(record.key());
        assertThat(TopicReader.header(record, "ce_tenantid")).isEqualTo(json.get("tenantId").asText());
        assertThat(TopicReader.header(record, "ce_id")).isNotBlank();
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/nazorg/portfolio-signal-service");
        assertThat(json.get("clientId").asText()).isEqualTo(record.key());
        return json;
    }

    public static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type");
    }
}
