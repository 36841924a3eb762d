package nl.nazorg.signal.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.signal.evaluation.service.ClientEvaluation;
import nl.nazorg.signal.projection.service.ProjectionService;

/** client-profiles.v1 → the profile projection, then the client's signals; a tombstone erases the client. */
@ApplicationScoped
public class ProfileListener {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ProjectionService projection;

    @Inject
    ClientEvaluation evaluation;

    @Incoming(Topics.CLIENT_PROFILES)
    public Uni<Void> onProfile(ConsumerRecord<String, String> record) {
        return consumer.handleOnce(ConsumerGroup.NAME, record, ClientProfile.class, event -> event.isTombstone()
                ? evaluation.erase(event.tenantId(), event.key())
                : projection.applyProfile(event.requireTenant(event.payload().tenantId())
                        .require(event.key().equals(event.payload().clientId()), "key differs from clientId")
                        .payload()));
    }
}
