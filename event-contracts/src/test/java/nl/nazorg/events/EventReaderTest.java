package nl.nazorg.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.cloudevents.InvalidCloudEventException;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.json.UnreadableEventException;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.events.schemas.SchemaViolationException;

class EventReaderTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:15:30+01:00");
    static final EventReader VALIDATING = EventReader.validating(EventSchemaValidator.create());

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aPublishedRecordReadsBackAsItsEvent(EventType type) {
        EventPayload sample = SampleEvents.all().get(type);
        CloudEventAttributes attributes = EventType.cloudEventFor(sample, "/test", NOW);

        ReceivedEvent event = VALIDATING.read(type.topic(), headers(attributes), EventJson.write(sample)).orElseThrow();

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.payload()).isEqualTo(sample);
        assertThat(event.attributes()).isEqualTo(attributes);
        assertThat(event.isTombstone()).isFalse();
    }

    @Test
    void aTombstoneOnACompactedTopicIsAnEventWithoutPayload() {
        CloudEventAttributes erased = CloudEventAttributes.newEvent(EventType.CLIENT_PROFILE.ceType(), "/test", NOW,
                SampleEvents.CLIENT, SampleEvents.TENANT);

        ReceivedEvent event = EventReader.tolerant().read(Topics.CLIENT_PROFILES, headers(erased), null).orElseThrow();

        assertThat(event.isTombstone()).isTrue();
        assertThat(event.attributes().subject()).isEqualTo(SampleEvents.CLIENT);
    }

    @Test
    void aNullValueOnAnEventTopicIsInvalid() {
        CloudEventAttributes raised = EventType.cloudEventFor(SampleEvents.signalRaised(), "/test", NOW);

        assertThatThrownBy(() -> EventReader.tolerant().read(Topics.SIGNALS, headers(raised), null))
                .isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void anUnknownCeTypeIsSkipped() {
        CloudEventAttributes future = CloudEventAttributes.newEvent("nl.nazorg.signal.escalated.v1", "/test", NOW,
                SampleEvents.CLIENT, SampleEvents.TENANT);

        assertThat(VALIDATING.read(Topics.SIGNALS, headers(future), "{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aTypeOnTheWrongTopicIsInvalid() {
        CloudEventAttributes sent = EventType.cloudEventFor(SampleEvents.emailSent(), "/test", NOW);

        byte[] value = EventJson.write(SampleEvents.emailSent());

        assertThatThrownBy(() -> VALIDATING.read(Topics.SIGNALS, headers(sent), value))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("signals.v1");
    }

    @Test
    void aValueOfAnotherTenantIsInvalid() {
        CloudEventAttributes otherTenant = CloudEventAttributes.newEvent(EventType.EMAIL_SENT.ceType(), "/test", NOW,
                SampleEvents.CLIENT, "another-firm");

        assertThatThrownBy(() -> VALIDATING.read(Topics.CAMPAIGN_EVENTS, headers(otherTenant),
                EventJson.write(SampleEvents.emailSent())))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("tenant");
    }

    @Test
    void brokenValuesAreRejectedSoTheyCanBeDeadLettered() {
        CloudEventAttributes sent = EventType.cloudEventFor(SampleEvents.emailSent(), "/test", NOW);
        byte[] notJson = "<xml/>".getBytes(StandardCharsets.UTF_8);
        byte[] incomplete = "{\"tenantId\":\"firm-hypotheekhuis-utrecht\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventReader.tolerant().read(Topics.CAMPAIGN_EVENTS, headers(sent), notJson))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> VALIDATING.read(Topics.CAMPAIGN_EVENTS, headers(sent), incomplete))
                .isInstanceOf(SchemaViolationException.class)
                .hasMessageContaining("sendId");
        assertThatThrownBy(() -> VALIDATING.read(Topics.CAMPAIGN_EVENTS, new RecordHeaders(), incomplete))
                .isInstanceOf(InvalidCloudEventException.class);
    }

    static Headers headers(CloudEventAttributes attributes) {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(attributes, headers);
        return headers;
    }
}
