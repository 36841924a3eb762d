package nl.nazorg.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.messaging.testapp.ClientRenamed;

class IncomingEventsTest {

    private final IncomingEvents events = new IncomingEvents();

    IncomingEventsTest() {
        events.json = new ObjectMapper();
    }

    @Test
    void readsHeadersAndPayload() {
        IncomingEvent<ClientRenamed> event = events.read(
                record("{\"clientId\":\"c1\",\"tenantId\":\"t1\",\"name\":\"Jansen\",\"version\":3}", true),
                ClientRenamed.class);

        assertThat(event.id()).isEqualTo("id-1");
        assertThat(event.tenantId()).isEqualTo("t1");
        assertThat(event.key()).isEqualTo("c1");
        assertThat(event.payload()).isEqualTo(new ClientRenamed("c1", "t1", "Jansen", 3));
        assertThat(event.isTombstone()).isFalse();
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        IncomingEvent<ClientRenamed> event = events.read(
                record("{\"clientId\":\"c1\",\"tenantId\":\"t1\",\"name\":\"J\",\"version\":1,\"addedLater\":true}",
                        true), ClientRenamed.class);

        assertThat(event.payload().name()).isEqualTo("J");
    }

    @Test
    void readsATombstone() {
        IncomingEvent<ClientRenamed> event = events.read(record(null, true), ClientRenamed.class);

        assertThat(event.isTombstone()).isTrue();
    }

    @Test
    void malformedJsonIsPoison() {
        assertThatThrownBy(() -> events.read(record("{not json", true), ClientRenamed.class))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("malformed nl.nazorg.test.client.renamed.v1 payload");
    }

    @Test
    void aMissingRequiredFieldIsPoison() {
        assertThatThrownBy(() -> events.read(record("{\"clientId\":\"c1\",\"name\":\"J\"}", true), ClientRenamed.class))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("tenantId");
    }

    @Test
    void jsonNullIsPoison() {
        assertThatThrownBy(() -> events.read(record("null", true), ClientRenamed.class))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("JSON null");
    }

    @Test
    void missingCloudEventsHeadersArePoison() {
        assertThatThrownBy(() -> events.read(record("{}", false), ClientRenamed.class))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageStartingWith("invalid CloudEvents headers: missing header ce_");
    }

    @Test
    void ofTypeKeepsTheRecordsOfThatTypeAndThoseWhoseHeadersCannotBeRead() {
        ConsumerRecord<String, String> wanted = record("{}", true);
        ConsumerRecord<String, String> unreadable = record("{}", false);
        ConsumerRecord<String, String> other = new ConsumerRecord<>("test-clients.v1", 0, 2L, "c1", "{}");
        CloudEventHeaders.write(new CloudEventAttributes("id-2", "nl.nazorg.test.other.v1", "/test",
                OffsetDateTime.parse("2026-11-22T10:15:30+01:00"), "c1", "t1"), other.headers());

        assertThat(events.ofType(List.of(other, wanted, unreadable, other), "nl.nazorg.test.client.renamed.v1"))
                .containsExactly(wanted, unreadable);
    }

    private static ConsumerRecord<String, String> record(String value, boolean withHeaders) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("test-clients.v1", 0, 0L, "c1", value);
        if (withHeaders) {
            CloudEventHeaders.write(new CloudEventAttributes("id-1", "nl.nazorg.test.client.renamed.v1", "/test",
                    OffsetDateTime.parse("2026-11-22T10:15:30+01:00"), "c1", "t1"), record.headers());
        }
        return record;
    }
}
