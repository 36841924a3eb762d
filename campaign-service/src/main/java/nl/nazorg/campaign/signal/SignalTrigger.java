package nl.nazorg.campaign.signal;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.CampaignKind;
import nl.nazorg.campaign.campaign.CampaignState;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.contact.ContactLock;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendPlanner;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.campaign.send.Suppression;
import nl.nazorg.events.signal.SignalRaised;

import java.util.List;

/** A raised signal → one planned send per active triggered campaign for its type. */
@ApplicationScoped
public class SignalTrigger {

    @Inject
    SendPlanner planner;

    @Inject
    ContactLock contactLock;

    /**
     * A client whose profile has not arrived yet gets sends that wait for it (AWAITING_PROFILE, see ProfileWait).
     *
     * @return how many sends were planned (PENDING ones wake the dispatcher)
     */
    public Uni<Integer> onRaised(SignalRaised raised, KnownSignal signal) {
        if (!signal.open) {
            return Uni.createFrom().item(0);
        }
        return Campaign.<Campaign>list("tenantId = ?1 and kind = ?2 and state = ?3",
                        raised.tenantId(), CampaignKind.TRIGGERED, CampaignState.ACTIVE)
                .chain(campaigns -> {
                    List<Campaign> matching = campaigns.stream()
                            .filter(campaign -> campaign.triggeredBy(raised.type().name())).toList();
                    return matching.isEmpty() ? Uni.createFrom().item(0) : plan(raised, signal, matching);
                });
    }

    private Uni<Integer> plan(SignalRaised raised, KnownSignal signal, List<Campaign> campaigns) {
        // Locked before the read: a profile arriving concurrently either is seen here or sees our rows (ProfileWait).
        return contactLock.lock(raised.clientId())
                .chain(() -> Contact.<Contact>findById(raised.clientId()))
                .chain(contact -> {
                    Contact own = contact != null && contact.tenantId.equals(raised.tenantId()) ? contact : null;
                    return Multi.createFrom().iterable(campaigns)
                            .onItem().transformToUniAndConcatenate(campaign -> {
                                SendPlanner.Candidate candidate = new SendPlanner.Candidate(campaign, raised.clientId(),
                                        own, signal, raised.messageClass(), "A", campaign.templateId);
                                // A signal the signal service suppressed (payment arrears) sends nothing, but counts.
                                return raised.suppressed()
                                        ? planner.planSuppressed(candidate, Suppression.SIGNAL_SUPPRESSED)
                                        : planner.plan(candidate);
                            })
                            .collect().asList()
                            .map(planned -> (int) planned.stream().filter(p -> p.isPresent()).count());
                });
    }

    /** A signal that no longer holds (resolved, done, dismissed) takes its unsent e-mails with it. */
    public Uni<Integer> onClosed(KnownSignal signal) {
        if (signal.open) {
            return Uni.createFrom().item(0);
        }
        return SendLog.update("status = ?1, suppression = ?2 where signalId = ?3 and status in ?4",
                SendStatus.SUPPRESSED, Suppression.SIGNAL_CLOSED, signal.signalId,
                List.of(SendStatus.PENDING, SendStatus.AWAITING_APPROVAL, SendStatus.AWAITING_PROFILE));
    }
}
