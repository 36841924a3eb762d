package nl.nazorg.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class PublicationTest {

    @Test
    void onlyErrorsAboutTheRecordItselfParkIt() {
        assertThat(Publication.isPermanent(new RecordTooLargeException("2 MB"))).isTrue();
    }

    @Test
    void brokerTroubleIsRetried() {
        assertThat(Publication.isPermanent(new TimeoutException("expired"))).isFalse();
        assertThat(Publication.isPermanent(new NotLeaderOrFollowerException("moved"))).isFalse();
        assertThat(Publication.isPermanent(new IllegalStateException("producer closed"))).isFalse();
    }
}
