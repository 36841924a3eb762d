package nl.nazorg.client.profile.service;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.events.ClientEvents;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.messaging.outbox.OutboxEvent;

/**
 * Applies one change to a loaded client and, when a reader would see a difference, raises the versions and writes the
 * events to the outbox in the same transaction. Every path that changes a client goes through here.
 */
@ApplicationScoped
public class ClientChanges {

    @Inject
    ClientEvents events;

    @Inject
    Clock clock;

    public ClientEvents events() {
        return events;
    }

    /** @return whether anything changed */
    public Uni<Boolean> change(Client client, Consumer<Client> change) {
        List<OutboxEvent> published = changeInMemory(client, change);
        if (published.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return events.appendAll(published).replaceWith(true);
    }

    /**
     * Applies one change to a client held in memory and, when a reader would see a difference, raises the versions.
     * For callers that write the row and the events themselves (a batch consumer on the reactive client).
     *
     * @return the events to publish with the change: none when nothing a reader sees changed
     */
    public List<OutboxEvent> changeInMemory(Client client, Consumer<Client> change) {
        ClientSnapshot before = ClientSnapshot.of(client);
        change.accept(client);
        ClientSnapshot after = ClientSnapshot.of(client);
        boolean portfolioChanged = before.portfolioDiffers(after);
        if (!portfolioChanged && !before.profileDiffers(after)) {
            return List.of();
        }
        markChanged(client, portfolioChanged);
        return ClientEvents.events(client, portfolioChanged);
    }

    /** Raises the versions: the profile on every change (it is "every change"), the portfolio when it changed. */
    public void markChanged(Client client, boolean portfolioChanged) {
        client.profileVersion++;
        if (portfolioChanged) {
            client.portfolioVersion++;
        }
        client.updatedAt = clock.instant();
    }
}
