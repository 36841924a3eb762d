package nl.nazorg.campaign.unsubscribe;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.campaign.send.Suppression;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import nl.nazorg.events.campaign.UnsubscribeScope;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Unsubscribe from marketing e-mail, at once and absolutely: the contact is marked, marketing e-mails not yet sent
 * are suppressed, and Unsubscribed is published (client-service withdraws the consent in the profile).
 */
@ApplicationScoped
public class UnsubscribeService {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The e-mail behind an unsubscribe token, if there is one. */
    @WithSession
    public Uni<Optional<SendLog>> find(String token) {
        if (token == null || token.length() > 64) {
            return Uni.createFrom().item(Optional.empty());
        }
        return SendLog.<SendLog>find("unsubscribeToken", token).firstResult().map(Optional::ofNullable);
    }

    /** @return false for an unknown token; true when unsubscribed (now or before) */
    @WithTransaction
    public Uni<Boolean> unsubscribe(String token, UnsubscribeChannel channel) {
        return find(token).chain(send -> {
            if (send.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            return Unsubscription.findById(send.get().sendId)
                    .chain(done -> done != null ? Uni.createFrom().item(true) : record(send.get(), channel));
        });
    }

    private Uni<Boolean> record(SendLog send, UnsubscribeChannel channel) {
        Instant now = clock.instant();
        Unsubscription unsubscription = new Unsubscription();
        unsubscription.sendId = send.sendId;
        unsubscription.tenantId = send.tenantId;
        unsubscription.clientId = send.clientId;
        unsubscription.campaignId = send.campaignId;
        unsubscription.variant = send.variant;
        unsubscription.channel = channel;
        unsubscription.unsubscribedAt = now;
        Unsubscribed event = new Unsubscribed(send.tenantId, send.clientId, send.campaignId.toString(),
                send.sendId.toString(), UnsubscribeScope.MARKETING, channel, now);
        return unsubscription.persist()
                .chain(() -> Contact.<Contact>findById(send.clientId))
                .invoke(contact -> {
                    if (contact != null && contact.tenantId.equals(send.tenantId)) {
                        contact.unsubscribedAt = now;
                    }
                })
                .chain(() -> SendLog.update("status = ?1, suppression = ?2 where tenantId = ?3 and clientId = ?4 "
                                + "and messageClass = ?5 and status in ?6", SendStatus.SUPPRESSED, Suppression.UNSUBSCRIBED,
                        send.tenantId, send.clientId, MessageClass.MARKETING,
                        List.of(SendStatus.PENDING, SendStatus.AWAITING_APPROVAL)))
                .chain(() -> outbox.appendAll(List.of(CampaignEvents.outboxEvent(event))))
                .replaceWith(true);
    }
}
