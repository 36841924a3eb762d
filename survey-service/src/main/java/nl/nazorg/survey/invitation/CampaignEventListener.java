package nl.nazorg.survey.invitation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.IncomingEvents;

/** Learns which survey invitations were sent, a poll at a time; every other campaign event is skipped. */
@ApplicationScoped
public class CampaignEventListener {

    @Inject
    IncomingEvents incoming;

    @Inject
    BatchConsumer consumer;

    @Inject
    SentInvitationLog invitations;

    @Incoming(Topics.CAMPAIGN_EVENTS)
    public Uni<Void> onCampaignEvents(ConsumerRecords<String, String> poll) {
        return consumer.handle(incoming.ofType(poll, EventType.EMAIL_SENT.ceType()), EmailSent.class,
                event -> event.require(!event.isTombstone(), "null value on a delete topic")
                        .requireTenant(event.payload().tenantId())
                        .require(event.payload().sendId() != null && event.payload().clientId() != null,
                                "sendId and clientId are required"),
                this::remember);
    }

    /** Only sends of a survey are invitations; the other e-mails of a campaign are not this service's business. */
    private Uni<Void> remember(SqlConnection transaction, List<IncomingEvent<EmailSent>> events) {
        return invitations.rememberAll(transaction, events.stream().map(IncomingEvent::payload)
                .filter(sent -> sent.surveyId() != null)
                .toList());
    }
}
