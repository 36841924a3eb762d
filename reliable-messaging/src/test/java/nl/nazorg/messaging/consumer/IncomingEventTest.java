package nl.nazorg.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import nl.nazorg.events.cloudevents.CloudEventAttributes;

class IncomingEventTest {

    private final IncomingEvent<String> event = new IncomingEvent<>("t", "c1", new CloudEventAttributes("id-1",
            "nl.nazorg.test.v1", "/test", OffsetDateTime.parse("2026-01-01T00:00:00Z"), "c1", "tenant-a"), "payload");

    @Test
    void acceptsThePayloadOfItsOwnTenant() {
        assertThat(event.requireTenant("tenant-a")).isSameAs(event);
    }

    @Test
    void rejectsAPayloadOfAnotherTenant() {
        assertThatThrownBy(() -> event.requireTenant("tenant-b"))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessage("tenant mismatch: ce_tenantid 'tenant-a' but the payload belongs to tenant 'tenant-b'");
    }

    @Test
    void rejectsAPayloadWithoutTenant() {
        assertThatThrownBy(() -> event.requireTenant(null)).isInstanceOf(PoisonRecordException.class);
    }

    @Test
    void requireNamesTheReason() {
        assertThat(event.require(true, "fine")).isSameAs(event);
        assertThatThrownBy(() -> event.require(false, "score above 10"))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessage("invalid nl.nazorg.test.v1: score above 10");
    }
}
