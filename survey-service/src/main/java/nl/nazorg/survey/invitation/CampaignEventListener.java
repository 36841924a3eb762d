package nl.nazorg.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.messaging.consumer.IncomingEvents;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import nl.nazorg.survey.erasure.ClientErasure;

/** Learns which survey invitations were sent; every other campaign event is skipped. */
@ApplicationScoped
public class CampaignEventListener {

    public static final String GROUP = "survey-service";

    @Inject
    IncomingEvents incoming;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ClientErasure erasure;

    @Incoming(Topics.CAMPAIGN_EVENTS)
    public Uni<Void> onCampaignEvent(ConsumerRecord<String, String> record) {
        String type;
        try {
            type = incoming.attributes(record).type();
        } catch (PoisonRecordException e) {
            return Uni.createFrom().failure(e);
        }
        if (!EventType.EMAIL_SENT.ceType().equals(type)) {
            return Uni.createFrom().voidItem();
        }
        return consumer.handleOnce(GROUP, record, EmailSent.class, event -> {
            EmailSent sent = event.requireTenant(event.payload().tenantId())
                    .require(event.payload().sendId() != null && event.payload().clientId() != null,
                            "sendId and clientId are required")
                    .payload();
            return sent.surveyId() == null ? Uni.createFrom().voidItem() : record(sent);
        });
    }

    /** campaign-events.v1 is not ordered with client-profiles.v1: an invitation may arrive after the erasure. */
    private Uni<?> record(EmailSent sent) {
        return erasure.erasedLocked(sent.tenantId(), sent.clientId())
                .chain(erased -> erased ? Uni.createFrom().voidItem() : remember(sent));
    }

    private static Uni<?> remember(EmailSent sent) {
        String id = Invitation.idOf(sent.tenantId(), sent.sendId());
        return Invitation.<Invitation>findById(id).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            Invitation invitation = new Invitation();
            invitation.id = id;
            invitation.tenantId = sent.tenantId();
            invitation.sendId = sent.sendId();
            invitation.campaignId = sent.campaignId();
            invitation.surveyId = sent.surveyId();
            invitation.clientId = sent.clientId();
            invitation.sentAt = sent.sentAt();
            return invitation.persist();
        });
    }
}
