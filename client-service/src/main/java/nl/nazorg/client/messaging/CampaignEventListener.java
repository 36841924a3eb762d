package nl.nazorg.client.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvents;

/**
 * Reads {@code campaign-events.v1} a poll at a time: an Unsubscribed withdraws marketing consent at once; the other
 * event types (sends, clicks, tasks) are not client-service's business and are skipped without a dead letter.
 */
@ApplicationScoped
public class CampaignEventListener {

    @Inject
    IncomingEvents incoming;

    @Inject
    BatchConsumer consumer;

    @Inject
    UnsubscribeHandler unsubscribes;

    @Incoming(Topics.CAMPAIGN_EVENTS)
    public Uni<Void> onCampaignEvents(ConsumerRecords<String, String> poll) {
        return consumer.handle(incoming.ofType(poll, EventType.UNSUBSCRIBED.ceType()), Unsubscribed.class,
                UnsubscribeHandler::check, unsubscribes::apply);
    }
}
