package nl.nazorg.campaign.send;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.contact.ContactLock;
import nl.nazorg.campaign.signal.KnownSignal;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * Triggered sends waiting for their client's profile (AWAITING_PROFILE): portfolio-signal-service raises a signal only
 * after it saw the profile, but this service's profile consumer can lag its signal consumer. When the profile arrives
 * the waiting sends are decided by the rules, in the profile consumer's transaction; after
 * {@code nazorg.campaign.profile-wait} (the row's {@code nextAttemptAt}) they are suppressed as NO_PROFILE.
 */
@ApplicationScoped
public class ProfileWait {

    private static final Logger LOG = Logger.getLogger(ProfileWait.class);

    @Inject
    SendPlanner planner;

    @Inject
    ContactLock lock;

    @Inject
    Clock clock;

    /**
     * Decides the client's waiting sends now that its profile is projected (call after the projection, in the same
     * transaction). Only AWAITING_PROFILE rows are touched, so a repeated, replayed or stale profile changes nothing.
     *
     * @return how many became PENDING (the dispatcher is worth waking after the commit)
     */
    public Uni<Integer> onProfile(String tenantId, String clientId) {
        return lock.lock(clientId)
                // FOR UPDATE: a row the expiry suppressed meanwhile no longer matches and is left alone.
                .chain(() -> SendLog.<SendLog>find("tenantId = ?1 and clientId = ?2 and status = ?3 order by createdAt",
                        tenantId, clientId, SendStatus.AWAITING_PROFILE).withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .chain(waiting -> waiting.isEmpty() ? Uni.createFrom().item(0) : decide(waiting, clientId));
    }

    /** An erased client's profile will not come: its waiting sends are suppressed at once. */
    public Uni<Integer> onErased(String clientId) {
        return lock.lock(clientId).chain(() -> SendLog.update("status = ?1, suppression = ?2 where clientId = ?3 and status = ?4",
                SendStatus.SUPPRESSED, Suppression.NO_PROFILE, clientId, SendStatus.AWAITING_PROFILE));
    }

    /** Suppresses, as NO_PROFILE, the sends whose wait is over; its own transaction (the dispatcher's idle cycle). */
    public Uni<Integer> expire() {
        return Panache.withTransaction(() -> SendLog.update(
                        "status = ?1, suppression = ?2 where status = ?3 and nextAttemptAt <= ?4",
                        SendStatus.SUPPRESSED, Suppression.NO_PROFILE, SendStatus.AWAITING_PROFILE, clock.instant()))
                .invoke(expired -> {
                    if (expired > 0) {
                        LOG.infof("%d sends waited in vain for their client's profile: suppressed as NO_PROFILE", expired);
                    }
                });
    }

    private Uni<Integer> decide(List<SendLog> waiting, String clientId) {
        // In signal order, so that the earliest signals get the frequency cap's room first.
        return Contact.<Contact>findById(clientId).chain(contact -> Multi.createFrom().iterable(waiting)
                .onItem().transformToUniAndConcatenate(send -> candidate(send, contact)
                        .chain(candidate -> planner.decideWaiting(send, candidate)))
                .collect().asList()
                .map(decided -> (int) decided.stream().filter(send -> send.status == SendStatus.PENDING).count()));
    }

    private static Uni<SendPlanner.Candidate> candidate(SendLog send, Contact contact) {
        return Campaign.<Campaign>findById(send.campaignId)
                .chain(campaign -> (send.signalId == null ? Uni.createFrom().<KnownSignal>nullItem()
                        : KnownSignal.<KnownSignal>findById(send.signalId))
                        .map(signal -> new SendPlanner.Candidate(campaign, send.clientId, contact, signal,
                                send.messageClass, send.variant, send.templateId)));
    }
}
