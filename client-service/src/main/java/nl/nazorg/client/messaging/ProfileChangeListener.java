package nl.nazorg.client.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.messaging.consumer.IdempotentConsumer;

/** Reads {@code profile-change-requests.v1}: changes a client asked for in a survey. */
@ApplicationScoped
public class ProfileChangeListener {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ProfileChangeHandler handler;

    @Incoming(Topics.PROFILE_CHANGE_REQUESTS)
    public Uni<Void> onProfileChange(ConsumerRecord<String, String> record) {
        return consumer.handleOnce(CampaignEventListener.GROUP, record, ProfileChangeRequested.class, handler::apply);
    }
}
