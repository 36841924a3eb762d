package nl.nazorg.signal.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.signal.projection.mapping.ProfileMapping;
import nl.nazorg.signal.projection.service.ClientChanges;
import nl.nazorg.signal.projection.service.ProjectionService;

/** client-profiles.v1, a poll at a time → the profile projection, then the clients' signals; a tombstone erases. */
@ApplicationScoped
public class ProfileListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    ProjectionService projection;

    @Incoming(Topics.CLIENT_PROFILES)
    public Uni<Void> onProfiles(ConsumerRecords<String, String> poll) {
        return consumer.handle(poll, ClientProfile.class, ProfileListener::check,
                (transaction, events) -> projection.applyProfiles(transaction, ClientChanges.of(events)));
    }

    private static void check(IncomingEvent<ClientProfile> event) {
        if (event.isTombstone()) {
            return;
        }
        ClientProfile profile = event.requireTenant(event.payload().tenantId())
                .require(event.key().equals(event.payload().clientId()), "key differs from clientId").payload();
        ProjectionService.requireUsable(profile, ProfileMapping::toDomain, "profile");
    }
}
