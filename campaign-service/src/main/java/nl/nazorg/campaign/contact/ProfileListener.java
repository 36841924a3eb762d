package nl.nazorg.campaign.contact;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.mail.MailDispatcher;
import nl.nazorg.campaign.tracking.LinkErasures;
import nl.nazorg.campaign.send.ProfileWait;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * client-profiles.v1, a poll at a time → the contact projection, and the sends that waited for those clients'
 * profiles are decided in the same transaction (this topic may lag signals.v1).
 */
@ApplicationScoped
public class ProfileListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    ContactLock lock;

    @Inject
    ContactProjection projection;

    @Inject
    ProfileWait waiting;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    LinkErasures links;

    @Incoming(Topics.CLIENT_PROFILES)
    public Uni<Void> onProfiles(ConsumerRecords<String, String> poll) {
        AtomicBoolean released = new AtomicBoolean();
        return consumer.handle(poll, ClientProfile.class,
                        event -> {
                            if (!event.isTombstone()) {
                                event.requireTenant(event.payload().tenantId());
                            }
                        },
                        (transaction, events) -> apply(transaction, events, released))
                .invoke(() -> {
                    if (released.get()) {
                        dispatcher.wakeUp();   // after the commit: the released sends are PENDING now
                    }
                });
    }

    private Uni<Void> apply(SqlConnection transaction, List<IncomingEvent<ClientProfile>> events, AtomicBoolean released) {
        ProfileChanges changes = ProfileChanges.of(events);
        List<String> clients = new ArrayList<>(changes.erased());
        changes.newest().forEach(profile -> clients.add(profile.clientId()));
        // Locked before anything is read: a signal planned concurrently either sees the contact or leaves rows we see.
        return lock.lock(transaction, clients)
                .chain(() -> projection.erase(transaction, changes.erased()))
                .chain(() -> links.erase(transaction, changes.erased()))
                .chain(() -> waiting.onErased(transaction, changes.erased()))
                .chain(() -> projection.apply(transaction, changes.newest()))
                .chain(() -> waiting.onProfiles(transaction, changes.newest()))
                .invoke(pending -> {
                    if (pending > 0) {
                        released.set(true);
                    }
                })
                .replaceWithVoid();
    }
}
