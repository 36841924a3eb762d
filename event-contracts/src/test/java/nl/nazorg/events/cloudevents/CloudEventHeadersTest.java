package nl.nazorg.events.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventHeadersTest {

    static final CloudEventAttributes EVENT = new CloudEventAttributes(UUID.randomUUID().toString(),
            "nl.nazorg.signal.raised.v1", "/nazorg/portfolio-signal-service",
            OffsetDateTime.parse("2026-03-02T09:15:00+01:00"), "client-1", "firm-a");

    @Test
    void whatIsWrittenIsReadBack() {
        Headers headers = new RecordHeaders();

        CloudEventHeaders.write(EVENT, headers);

        assertThat(CloudEventHeaders.read(headers)).isEqualTo(EVENT);
        assertThat(text(headers, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(text(headers, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    @Test
    void theTimeIsRfc3339WithSecondsEvenWhenTheyAreZero() {
        Headers headers = new RecordHeaders();

        CloudEventHeaders.write(EVENT, headers);

        assertThat(text(headers, CloudEventHeaders.TIME)).isEqualTo("2026-03-02T09:15:00+01:00");
    }

    @Test
    void writingTwiceLeavesOneValuePerHeader() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(EVENT, headers);
        CloudEventAttributes next = CloudEventAttributes.newEvent(EVENT.type(), EVENT.source(), EVENT.time(),
                EVENT.subject(), EVENT.tenantId());

        CloudEventHeaders.write(next, headers);

        assertThat(headers.headers(CloudEventHeaders.ID)).hasSize(1);
        assertThat(CloudEventHeaders.read(headers).id()).isEqualTo(next.id()).isNotEqualTo(EVENT.id());
    }

    @Test
    void theSubjectIsOptional() {
        CloudEventAttributes withoutSubject = new CloudEventAttributes(EVENT.id(), EVENT.type(), EVENT.source(),
                EVENT.time(), null, EVENT.tenantId());
        Headers headers = new RecordHeaders();

        CloudEventHeaders.write(withoutSubject, headers);

        assertThat(headers.lastHeader(CloudEventHeaders.SUBJECT)).isNull();
        assertThat(CloudEventHeaders.read(headers).subject()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_id", "ce_type", "ce_source", "ce_time", "ce_tenantid"})
    void aMissingRequiredHeaderIsAnInvalidEventNamingTheHeader(String header) {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(EVENT, headers);
        headers.remove(header);

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessage("missing header " + header);
    }

    @Test
    void aBlankRequiredHeaderCountsAsMissing() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(EVENT, headers);
        headers.remove(CloudEventHeaders.TENANT_ID);
        headers.add(CloudEventHeaders.TENANT_ID, " ".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessage("missing header ce_tenantid");
    }

    @Test
    void noHeadersAtAllIsAnInvalidEvent() {
        assertThatThrownBy(() -> CloudEventHeaders.read(new RecordHeaders()))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageStartingWith("missing header");
    }

    @Test
    void aMalformedTimeIsAnInvalidEvent() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(EVENT, headers);
        headers.remove(CloudEventHeaders.TIME);
        headers.add(CloudEventHeaders.TIME, "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("malformed ce_time");
    }

    @Test
    void anotherSpecVersionIsRefusedAndAnAbsentOneAccepted() {
        Headers other = new RecordHeaders();
        CloudEventHeaders.write(EVENT, other);
        other.remove(CloudEventHeaders.SPEC_VERSION);
        other.add(CloudEventHeaders.SPEC_VERSION, "0.3".getBytes(StandardCharsets.UTF_8));
        Headers absent = new RecordHeaders();
        CloudEventHeaders.write(EVENT, absent);
        absent.remove(CloudEventHeaders.SPEC_VERSION);

        assertThatThrownBy(() -> CloudEventHeaders.read(other))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("ce_specversion");
        assertThat(CloudEventHeaders.read(absent)).isEqualTo(EVENT);
    }

    @Test
    void attributesRequireWhatEveryEventCarries() {
        assertThatThrownBy(() -> new CloudEventAttributes(null, "t", "s", EVENT.time(), "c", "firm-a"))
                .isInstanceOf(NullPointerException.class).hasMessage("ce_id");
        assertThatThrownBy(() -> new CloudEventAttributes("id", "t", "s", EVENT.time(), "c", null))
                .isInstanceOf(NullPointerException.class).hasMessage("ce_tenantid");
        assertThat(CloudEventAttributes.newEvent("t", "s", EVENT.time(), "c", "firm-a").id())
                .satisfies(id -> assertThat(UUID.fromString(id)).isNotNull());
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
