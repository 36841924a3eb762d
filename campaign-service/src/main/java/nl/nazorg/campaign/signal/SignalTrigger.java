package nl.nazorg.campaign.signal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.Campaigns;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.contact.ContactLock;
import nl.nazorg.campaign.contact.Contacts;
import nl.nazorg.campaign.send.FrequencyWindow;
import nl.nazorg.campaign.send.SendDecision;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendLogRows;
import nl.nazorg.campaign.send.SendLogRows.SendKey;
import nl.nazorg.campaign.send.SendPlanner;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.campaign.send.Suppression;
import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The raised signals of a poll → one planned send per active triggered campaign for each signal's type; signals that
 * no longer hold → their unsent e-mails suppressed. The campaigns, contacts, existing sends and frequency counts are
 * read once per poll; the rows are written with one multi-row insert.
 */
@ApplicationScoped
public class SignalTrigger {

    /** One campaign triggered by one raised signal. */
    private record Trigger(SignalEvent raised, KnownSignal signal, Campaign campaign) {
        SendKey key() {
            return new SendKey(campaign.id, raised.clientId(), signal.signalId);
        }
    }

    /** What planning the poll's sends needs, read once. */
    private record Facts(Map<String, Contact> contacts, Set<SendKey> existing, FrequencyWindow window) {
    }

    @Inject
    SendPlanner planner;

    @Inject
    SendLogRows sendLog;

    @Inject
    Campaigns campaigns;

    @Inject
    Contacts contacts;

    @Inject
    ContactLock contactLock;

    @Inject
    Outbox outbox;

    @Inject
    CampaignConfig config;

    @Inject
    Clock clock;

    /**
     * A client whose profile has not arrived yet gets sends that wait for it (AWAITING_PROFILE, see ProfileWait).
     *
     * @return how many planned sends are PENDING (worth waking the dispatcher for after the commit)
     */
    public Uni<Integer> onRaised(SqlConnection transaction, List<SignalChange> changes) {
        List<SignalChange> raised = changes.stream().filter(SignalChange::raisedOpen).toList();
        if (raised.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<String> tenants = raised.stream().map(c -> c.event().tenantId()).distinct().toList();
        return campaigns.activeTriggered(transaction, tenants).chain(active -> {
            List<Trigger> triggers = triggers(raised, active);
            return triggers.isEmpty() ? Uni.createFrom().item(0)
                    : facts(transaction, triggers).chain(facts -> plan(transaction, triggers, facts));
        });
    }

    /** Signals that no longer hold (resolved, done, dismissed) take their unsent e-mails with them. */
    public Uni<Void> onClosed(SqlConnection transaction, List<SignalChange> changes) {
        return sendLog.suppressUnsent(transaction,
                changes.stream().filter(SignalChange::closes).map(c -> c.event().signalId()).distinct().toList());
    }

    private static List<Trigger> triggers(List<SignalChange> raised, List<Campaign> active) {
        List<Trigger> triggers = new ArrayList<>();
        for (SignalChange change : raised) {
            for (Campaign campaign : active) {
                if (campaign.tenantId.equals(change.event().tenantId())
                        && campaign.triggeredBy(change.event().type().name())) {
                    triggers.add(new Trigger(change.event(), change.after(), campaign));
                }
            }
        }
        return triggers;
    }

    private Uni<Facts> facts(SqlConnection transaction, List<Trigger> triggers) {
        List<String> clients = triggers.stream().map(t -> t.raised().clientId()).distinct().toList();
        List<FrequencyWindow.ClientKey> clientKeys = triggers.stream()
                .map(t -> new FrequencyWindow.ClientKey(t.raised().tenantId(), t.raised().clientId())).distinct().toList();
        Instant since = clock.instant().minus(config.frequencyCap().window());
        // Locked before the read: a profile arriving concurrently either is seen here or sees our rows (ProfileWait).
        return contactLock.lock(transaction, clients)
                .chain(() -> contacts.byId(transaction, clients))
                .chain(known -> sendLog.existing(transaction, triggers.stream().map(Trigger::key).distinct().toList())
                        .chain(existing -> sendLog.marketingSince(transaction, clientKeys, since)
                                .map(window -> new Facts(known, existing, window))));
    }

    /** In poll order, each send seeing the frequency cap's room the ones before it took; a key only once. */
    private Uni<Integer> plan(SqlConnection transaction, List<Trigger> triggers, Facts facts) {
        Instant now = clock.instant();
        Set<SendKey> taken = new HashSet<>(facts.existing());
        List<SendLog> rows = new ArrayList<>();
        Map<UUID, OutboxEvent> tasks = new HashMap<>();
        for (Trigger trigger : triggers) {
            if (!taken.add(trigger.key())) {
                continue;
            }
            SendPlanner.Candidate candidate = new SendPlanner.Candidate(trigger.campaign(), trigger.raised().clientId(),
                    own(facts.contacts().get(trigger.raised().clientId()), trigger.raised().tenantId()),
                    trigger.signal(), trigger.raised().messageClass(), "A", trigger.campaign().templateId);
            // A signal the signal service suppressed (payment arrears) sends nothing, but counts.
            SendDecision decision = trigger.raised().suppressed()
                    ? SendDecision.suppress(Suppression.SIGNAL_SUPPRESSED) : planner.decide(candidate, facts.window());
            SendLog row = planner.row(candidate, decision, trigger.signal().signalId, now);
            facts.window().record(row);
            rows.add(row);
            if (decision.outcome() == SendDecision.Outcome.TASK) {
                tasks.put(row.sendId, SendPlanner.taskCreated(row, candidate, now));
            }
        }
        return sendLog.insert(transaction, rows).chain(written -> outbox.appendAll(transaction,
                        rows.stream().filter(row -> written.contains(row.sendId) && tasks.containsKey(row.sendId))
                                .map(row -> tasks.get(row.sendId)).toList())
                .replaceWith(() -> (int) rows.stream()
                        .filter(row -> written.contains(row.sendId) && row.status == SendStatus.PENDING).count()));
    }

    private static Contact own(Contact contact, String tenantId) {
        return contact != null && contact.tenantId.equals(tenantId) ? contact : null;
    }
}
