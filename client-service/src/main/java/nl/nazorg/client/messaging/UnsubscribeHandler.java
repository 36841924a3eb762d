package nl.nazorg.client.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.consent.service.ConsentService;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.PoisonRecordException;

/**
 * An unsubscribe withdraws marketing e-mail consent at once (Telecommunicatiewet art. 11.7): recorded in the consent
 * history with its source ({@code unsubscribe-one-click} or {@code unsubscribe-page}) and the campaign's send as
 * reference, and published with the profile. An objection already on file stays: it is the stronger refusal.
 */
@ApplicationScoped
public class UnsubscribeHandler {

    static final String RECORDED_BY = "campaign-service";

    private static final Logger LOG = Logger.getLogger(UnsubscribeHandler.class);

    @Inject
    ClientRepository clients;

    @Inject
    ConsentService consent;

    public Uni<Void> apply(IncomingEvent<Unsubscribed> event) {
        if (event.isTombstone()) {
            throw new PoisonRecordException("null value on a delete topic");
        }
        Unsubscribed unsubscribed = event.requireTenant(event.payload().tenantId())
                .require(event.payload().clientId() != null, "clientId is missing")
                .require(event.payload().unsubscribedAt() != null, "unsubscribedAt is missing")
                .payload();
        if (!unsubscribed.clientId().equals(event.key())) {
            throw new PoisonRecordException("clientId differs from the record key");
        }
        return clients.findInTenant(unsubscribed.tenantId(), unsubscribed.clientId()).chain(client -> {
            if (client == null) {
                // Erased or never known here: nothing to withdraw.
                LOG.debugf("unsubscribe for an unknown client skipped (event %s)", event.id());
                return Uni.createFrom().voidItem();
            }
            if (client.consentStatus == ConsentStatus.WITHDRAWN || client.consentStatus == ConsentStatus.OBJECTED) {
                return Uni.createFrom().voidItem();
            }
            String source = unsubscribed.channel() == UnsubscribeChannel.ONE_CLICK
                    ? "unsubscribe-one-click" : "unsubscribe-page";
            String reference = unsubscribed.sendId() != null ? "send:" + unsubscribed.sendId() : "event:" + event.id();
            return consent.apply(client, new ConsentService.Decision(ConsentStatus.WITHDRAWN, source,
                    unsubscribed.unsubscribedAt(), RECORDED_BY, reference, null));
        });
    }
}
