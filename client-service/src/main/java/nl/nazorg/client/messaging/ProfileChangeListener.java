package nl.nazorg.client.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.messaging.consumer.BatchConsumer;

/** Reads {@code profile-change-requests.v1} a poll at a time: changes clients asked for in a survey. */
@ApplicationScoped
public class ProfileChangeListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    ProfileChangeHandler handler;

    @Incoming(Topics.PROFILE_CHANGE_REQUESTS)
    public Uni<Void> onProfileChanges(ConsumerRecords<String, String> poll) {
        return consumer.handle(poll, ProfileChangeRequested.class,
                ProfileChangeHandler::check, handler::apply);
    }
}
