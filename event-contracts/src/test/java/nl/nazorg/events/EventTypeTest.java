package nl.nazorg.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.events.schemas.EventSchemas;
import nl.nazorg.events.signal.SignalEvent;

class EventTypeTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachTypeIsFoundByItsCeTypeAndByItsRecord(EventType type) {
        assertThat(EventType.fromCeType(type.ceType())).contains(type);
        assertThat(EventType.of(SampleEvents.all().get(type))).isEqualTo(type);
        assertThat(type.ceType()).matches("nl\\.nazorg\\.[a-z-]+\\.[a-z-]+\\.v1");
        assertThat(Topics.ALL).contains(type.topic());
        assertThat(EventSchemas.url(type)).isNotNull();
        assertThat(EventSchemas.text(type)).contains(type.ceType());
    }

    @Test
    void ceTypesAndSchemasAreUnique() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(EventType.values()).map(EventType::schemaName)).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownCeTypeIsEmptySoTheConsumerCanSkipIt() {
        assertThat(EventType.fromCeType("nl.nazorg.signal.escalated.v1")).isEmpty();
        assertThat(EventType.fromCeType(null)).isEmpty();
    }

    @Test
    void theTopicsCarryTheirTypes() {
        assertThat(EventType.onTopic(Topics.SIGNALS)).containsExactly(EventType.SIGNAL_RAISED,
                EventType.SIGNAL_UPDATED, EventType.SIGNAL_RESOLVED);
        assertThat(EventType.onTopic(Topics.CAMPAIGN_EVENTS)).hasSize(5);
        assertThat(EventType.onTopic("unknown.v1")).isEmpty();
        assertThat(EventType.SIGNAL_RAISED.schemaResource())
                .isEqualTo("nl/nazorg/events/schemas/signal-raised.schema.json");
    }

    @Test
    void theSignalEventsShareOneView() {
        assertThat(EventType.onTopic(Topics.SIGNALS))
                .allSatisfy(type -> assertThat(SignalEvent.class).isAssignableFrom(type.payloadClass()));
    }

    @Test
    void cloudEventAttributesComeFromThePayload() {
        OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:15:30+01:00");

        CloudEventAttributes signal = EventType.cloudEventFor(SampleEvents.signalRaised(), "/nazorg/signal", now);
        CloudEventAttributes rates = EventType.cloudEventFor(SampleEvents.marketRateTable(), "/nazorg/signal", now);

        assertThat(signal.type()).isEqualTo("nl.nazorg.signal.raised.v1");
        assertThat(signal.subject()).isEqualTo(SampleEvents.CLIENT);
        assertThat(signal.tenantId()).isEqualTo(SampleEvents.TENANT);
        assertThat(signal.time()).isEqualTo(now);
        assertThat(rates.subject()).isEqualTo("ABN_AMRO");
        assertThat(rates.tenantId()).isEqualTo(MarketRateTable.ALL_TENANTS);
    }

    @Test
    void aPayloadThatIsNotAContractRecordHasNoType() {
        EventPayload stranger = new EventPayload() {
            @Override
            public String tenantId() {
                return "firm-a";
            }

            @Override
            public String partitionKey() {
                return "client-1";
            }
        };

        assertThatThrownBy(() -> EventType.of(stranger)).isInstanceOf(IllegalArgumentException.class);
    }
}
