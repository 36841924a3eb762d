package nl.nazorg.campaign.send;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.Campaigns;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.contact.Contacts;
import nl.nazorg.campaign.signal.KnownSignal;
import nl.nazorg.campaign.signal.KnownSignals;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Triggered sends waiting for their client's profile (AWAITING_PROFILE): portfolio-signal-service raises a signal only
 * after it saw the profile, but this service's profile consumer can lag its signal consumer. When the profile arrives
 * the waiting sends are decided by the rules, in the profile consumer's transaction (all clients of a poll together);
 * after {@code nazorg.campaign.profile-wait} (the row's {@code nextAttemptAt}) they are suppressed as NO_PROFILE.
 */
@ApplicationScoped
public class ProfileWait {

    private static final Logger LOG = Logger.getLogger(ProfileWait.class);

    /** What deciding a waiting send needs besides the send itself, read once for the whole poll. */
    private record Facts(Map<String, Contact> contacts, Map<UUID, Campaign> campaigns, Map<String, KnownSignal> signals,
                         FrequencyWindow window) {
    }

    @Inject
    SendPlanner planner;

    @Inject
    SendLogRows sendLog;

    @Inject
    Contacts contacts;

    @Inject
    Campaigns campaigns;

    @Inject
    KnownSignals signals;

    @Inject
    Outbox outbox;

    @Inject
    CampaignConfig config;

    @Inject
    Clock clock;

    /**
     * Decides the waiting sends of these clients now that their profiles are projected (call after the projection,
     * in the same transaction, with the clients locked by {@code ContactLock}). Only AWAITING_PROFILE rows are
     * touched, so a repeated, replayed or stale profile changes nothing.
     *
     * @return how many became PENDING (the dispatcher is worth waking after the commit)
     */
    public Uni<Integer> onProfiles(SqlConnection transaction, List<ClientProfile> profiles) {
        List<FrequencyWindow.ClientKey> clients = profiles.stream()
                .map(p -> new FrequencyWindow.ClientKey(p.tenantId(), p.clientId())).toList();
        return sendLog.awaitingProfile(transaction, clients).chain(waiting -> waiting.isEmpty()
                ? Uni.createFrom().item(0)
                : facts(transaction, waiting, clients).chain(facts -> decide(transaction, waiting, facts)));
    }

    /** An erased client's profile will not come: its waiting sends are suppressed at once. */
    public Uni<Void> onErased(SqlConnection transaction, Collection<String> clientIds) {
        return sendLog.suppressWaiting(transaction, clientIds);
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

    private Uni<Facts> facts(SqlConnection transaction, List<SendLog> waiting, List<FrequencyWindow.ClientKey> clients) {
        Instant since = clock.instant().minus(config.frequencyCap().window());
        List<String> signalIds = waiting.stream().map(s -> s.signalId).filter(Objects::nonNull).distinct().toList();
        return contacts.byId(transaction, clients.stream().map(FrequencyWindow.ClientKey::clientId).distinct().toList())
                .chain(known -> campaigns.byId(transaction, waiting.stream().map(s -> s.campaignId).distinct().toList())
                        .chain(campaignList -> signals.byId(transaction, signalIds)
                                .chain(signalsById -> sendLog.marketingSince(transaction, clients, since)
                                        .map(window -> new Facts(known, byId(campaignList), signalsById, window)))));
    }

    /** In the order they were planned, so that the earliest signals get the frequency cap's room first. */
    private Uni<Integer> decide(SqlConnection transaction, List<SendLog> waiting, Facts facts) {
        Instant now = clock.instant();
        List<SendLog> decided = new ArrayList<>();
        List<OutboxEvent> tasks = new ArrayList<>();
        for (SendLog send : waiting) {
            Campaign campaign = facts.campaigns().get(send.campaignId);
            if (campaign == null) {
                continue;   // not expected (campaigns are not deleted); the row waits and expires as NO_PROFILE
            }
            SendPlanner.Candidate candidate = new SendPlanner.Candidate(campaign, send.clientId,
                    facts.contacts().get(send.clientId), send.signalId == null ? null : facts.signals().get(send.signalId),
                    send.messageClass, send.variant, send.templateId);
            SendDecision decision = planner.decide(candidate, facts.window());
            planner.apply(send, decision, now);
            facts.window().record(send);
            decided.add(send);
            if (decision.outcome() == SendDecision.Outcome.TASK) {
                tasks.add(SendPlanner.taskCreated(send, candidate, now));
            }
        }
        int pending = (int) decided.stream().filter(send -> send.status == SendStatus.PENDING).count();
        return sendLog.decided(transaction, decided)
                .chain(() -> outbox.appendAll(transaction, tasks))
                .replaceWith(pending);
    }

    private static Map<UUID, Campaign> byId(List<Campaign> campaigns) {
        return campaigns.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }
}
