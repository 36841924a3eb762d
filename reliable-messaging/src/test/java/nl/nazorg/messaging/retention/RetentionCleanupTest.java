package nl.nazorg.messaging.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.TestDatabase;
import nl.nazorg.messaging.support.TestTopicsResource;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class RetentionCleanupTest {

    private static final String PARKED_ROW = """
            INSERT INTO nazorg_outbox (ce_id, topic, kafka_key, ce_type, ce_source, ce_time, tenant_id, payload,
                                       created_at, failed_at)
            VALUES (gen_random_uuid(), 'test-retention.v1', ?, 't', '/test', now(), 'tenant-a', '{}',
                    now() - interval '40 days', now() - interval '40 days')""";

    @Inject
    RetentionCleanup cleanup;

    @Test
    void deletesRememberedIdsPastTheirRetentionAndLeavesParkedOutboxRowsAlone() {
        String prefix = "retention-" + UUID.randomUUID() + "-";
        TestDatabase.execute(PARKED_ROW, prefix + "old-parked");
        TestDatabase.execute("INSERT INTO nazorg_processed_event (consumer_group, ce_id, processed_at) "
                + "VALUES (?, 'old', now() - interval '31 days'), (?, 'recent', now() - interval '29 days')",
                prefix, prefix);

        int deleted = cleanup.run().await().atMost(Duration.ofSeconds(30));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM nazorg_outbox WHERE kafka_key = ?", prefix + "old-parked"))
                .isEqualTo(1);
        assertThat(TestDatabase.text("SELECT string_agg(ce_id, ',') FROM nazorg_processed_event WHERE consumer_group = ?",
                prefix)).isEqualTo("recent");
    }
}
