package nl.nazorg.campaign.contact;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.mail.MailDispatcher;
import nl.nazorg.campaign.send.ProfileWait;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * client-profiles.v1 → the contact projection, and the sends that waited for this client's profile are decided in
 * the same transaction (this topic may lag signals.v1).
 */
@ApplicationScoped
public class ProfileListener {

    public static final String GROUP = "campaign-service";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ContactProjection projection;

    @Inject
    ProfileWait waiting;

    @Inject
    MailDispatcher dispatcher;

    @Incoming(Topics.CLIENT_PROFILES)
    public Uni<Void> onProfile(ConsumerRecord<String, String> record) {
        AtomicInteger released = new AtomicInteger();
        return consumer.handleOnce(GROUP, record, ClientProfile.class, event -> {
                    if (event.isTombstone()) {
                        return projection.erase(event.key()).chain(() -> waiting.onErased(event.key()));
                    }
                    ClientProfile profile = event.requireTenant(event.payload().tenantId()).payload();
                    return projection.apply(profile)
                            .chain(() -> waiting.onProfile(profile.tenantId(), profile.clientId()))
                            .invoke(released::set);
                })
                .invoke(() -> {
                    if (released.get() > 0) {
                        dispatcher.wakeUp();   // after the commit: the released sends are PENDING now
                    }
                });
    }
}
