package nl.nazorg.client.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import io.smallrye.mutiny.Uni;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;
import nl.nazorg.messaging.outbox.RawJson;

/**
 * Writes a client's state events to the outbox, in the caller's transaction (house habit 5): the full profile on
 * every change, the full portfolio when it changed, tombstones on both topics on erasure.
 */
@ApplicationScoped
public class ClientEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> published(Client client, boolean portfolioChanged) {
        return outbox.appendAll(events(client, portfolioChanged));
    }

    /** The events of one change, for callers that collect a batch (CSV import). */
    public static List<OutboxEvent> events(Client client, boolean portfolioChanged) {
        List<OutboxEvent> events = new ArrayList<>(2);
        events.add(event(EventType.CLIENT_PROFILE, client, ProfileEventMapper.toEvent(client)));
        if (portfolioChanged) {
            events.add(event(EventType.PORTFOLIO, client, PortfolioEventMapper.toEvent(client)));
        }
        return events;
    }

    public Uni<Void> appendAll(List<OutboxEvent> events) {
        return outbox.appendAll(events);
    }

    /** The client was erased (AVG art. 17): a tombstone on both compacted topics removes them for every reader. */
    public Uni<Void> erased(Client client) {
        return outbox.appendAll(List.of(
                OutboxEvent.tombstone(EventType.CLIENT_PROFILE.topic(), client.id, EventType.CLIENT_PROFILE.ceType(),
                        client.id, client.tenantId),
                OutboxEvent.tombstone(EventType.PORTFOLIO.topic(), client.id, EventType.PORTFOLIO.ceType(),
                        client.id, client.tenantId)));
    }

    private static OutboxEvent event(EventType type, Client client, EventPayload payload) {
        return OutboxEvent.of(type.topic(), client.id, type.ceType(), client.id, client.tenantId, RawJson.contract(payload));
    }
}
