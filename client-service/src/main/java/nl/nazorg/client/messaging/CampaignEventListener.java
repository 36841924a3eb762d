package nl.nazorg.client.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.IncomingEvents;

/**
 * Reads {@code campaign-events.v1}: an Unsubscribed withdraws marketing consent at once; the other event types
 * (sends, clicks, tasks) are not client-service's business and are skipped.
 */
@ApplicationScoped
public class CampaignEventListener {

    public static final String GROUP = "client-service";

    private static final Logger LOG = Logger.getLogger(CampaignEventListener.class);

    @Inject
    IncomingEvents incoming;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    UnsubscribeHandler unsubscribes;

    @Incoming(Topics.CAMPAIGN_EVENTS)
    public Uni<Void> onCampaignEvent(ConsumerRecord<String, String> record) {
        try {
            String type = incoming.attributes(record).type();
            if (!EventType.UNSUBSCRIBED.ceType().equals(type)) {
                LOG.debugf("skipped %s", type);
                return Uni.createFrom().voidItem();
            }
            IncomingEvent<Unsubscribed> event = incoming.read(record, Unsubscribed.class);
            return consumer.applyOnce(GROUP, event, unsubscribes::apply);
        } catch (RuntimeException poison) {
            // Unreadable headers or value: fail the record so that it is parked on the dead-letter topic.
            return Uni.createFrom().failure(poison);
        }
    }
}
