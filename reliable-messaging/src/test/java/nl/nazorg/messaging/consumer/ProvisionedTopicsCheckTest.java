package nl.nazorg.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import nl.nazorg.events.Topics;
import nl.nazorg.infra.kafka.TopicDefinition;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.testapp.TestTopics;

/** Readiness names a topic the consumers need and the broker lacks, and turns UP once it is provisioned. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class ProvisionedTopicsCheckTest {

    @Inject
    @Readiness
    ProvisionedTopicsCheck check;

    @Test
    void theTestApplicationsTopicsAreAllThere() {
        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(check.required()).contains(TestTopics.BATCH_CLIENTS, TestTopics.BATCH_CLIENTS_DLQ);
    }

    @Test
    void aMissingDeadLetterTopicIsNamedUntilItIsCreated() {
        String source = "test-unprovisioned-" + UUID.randomUUID() + ".v1";
        String deadLetter = Topics.deadLetter(source, "some-service");
        NazorgTestInfrastructure.createTopics(TopicDefinition.retained(source, 1));
        ProvisionedTopicsCheck unprovisioned = new ProvisionedTopicsCheck();
        unprovisioned.kafka = Map.of("bootstrap.servers", NazorgTestInfrastructure.bootstrapServers());
        unprovisioned.config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "mp.messaging.incoming.some.topic", source,
                "mp.messaging.incoming.some.dead-letter-queue.topic", deadLetter), "test", 100)).build();

        HealthCheckResponse missing = unprovisioned.call();
        assertThat(missing.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(missing.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("missing", deadLetter));

        NazorgTestInfrastructure.createTopics(TopicDefinition.retained(deadLetter, 1));
        assertThat(unprovisioned.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
