package nl.nazorg.campaign.selection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.CampaignKind;
import nl.nazorg.campaign.campaign.CampaignState;
import nl.nazorg.campaign.campaign.SelectionFilter;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.campaign.send.SendDecision;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendPlanner;
import nl.nazorg.campaign.send.SendPolicy;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plans a selection (or survey) campaign: every matching client gets a send-log row after the rules before every
 * send, in chunks of 1,000 per transaction (the rows are idempotent, so a crash half-way is finished by launching
 * again). The dispatcher sends the PENDING ones.
 */
@ApplicationScoped
public class SelectionLauncher {

    private static final int CHUNK = 1_000;

    @Inject
    Audience audience;

    @Inject
    SendPlanner planner;

    @Inject
    ServiceSituations serviceSituations;

    @Inject
    CampaignConfig config;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public SelectionFilter filterOf(Campaign campaign) {
        try {
            return campaign.filterJson == null ? SelectionFilter.EVERYONE : json.readValue(campaign.filterJson, SelectionFilter.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many clients were planned (rows new in this call) */
    public Uni<Integer> launch(UUID campaignId) {
        return Panache.withSession(() -> Campaign.<Campaign>findById(campaignId)
                .chain(campaign -> audience.of(campaign.tenantId, filterOf(campaign), LocalDate.now(clock.withZone(CampaignEvents.AMSTERDAM)))
                        .map(contacts -> contacts.stream().map(c -> c.clientId).toList())
                        .map(ids -> new Object[] {campaign, ids})))
                .chain(pair -> {
                    Campaign campaign = (Campaign) pair[0];
                    @SuppressWarnings("unchecked")
                    List<String> ids = (List<String>) pair[1];
                    List<List<String>> chunks = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i += CHUNK) {
                        chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
                    }
                    return Multi.createFrom().iterable(chunks)
                            .onItem().transformToUniAndConcatenate(chunk -> Panache.withTransaction(() -> planChunk(campaign, chunk)))
                            .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))
                            .call(planned -> Panache.withTransaction(() -> Campaign.update(
                                    "state = ?1 where id = ?2", CampaignState.LAUNCHED, campaign.id)));
                });
    }

    private Uni<Integer> planChunk(Campaign campaign, List<String> clientIds) {
        Instant since = clock.instant().minus(config.frequencyCap().window());
        return Contact.<Contact>list("clientId in ?1 and tenantId = ?2", clientIds, campaign.tenantId)
                .chain(contacts -> SendLog.<SendLog>list("campaignId = ?1 and clientId in ?2", campaign.id, clientIds)
                        .chain(existing -> marketingCounts(campaign, clientIds, since)
                                .chain(counts -> serviceSituations.serviceClients(campaign, filterOf(campaign), contacts)
                                        .chain(service -> persist(campaign, contacts, existing, counts, service)))));
    }

    private Uni<Map<String, Long>> marketingCounts(Campaign campaign, List<String> clientIds, Instant since) {
        return Panache.getSession().chain(session -> session.createQuery(
                        "select s.clientId, count(s) from SendLog s where s.tenantId = ?1 and s.clientId in ?2 and s.messageClass = ?3 "
                                + "and s.status in ?4 and s.createdAt > ?5 group by s.clientId", Object[].class)
                .setParameter(1, campaign.tenantId).setParameter(2, clientIds).setParameter(3, MessageClass.MARKETING)
                .setParameter(4, SendPlanner.COUNTED).setParameter(5, since)
                .getResultList())
                .map(rows -> {
                    Map<String, Long> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
                    return counts;
                });
    }

    private Uni<Integer> persist(Campaign campaign, List<Contact> contacts, List<SendLog> existing, Map<String, Long> counts,
                                 Set<String> serviceClients) {
        Set<String> done = new HashSet<>();
        existing.forEach(send -> done.add(send.clientId));
        Instant now = clock.instant();
        List<SendLog> rows = new ArrayList<>();
        List<OutboxEvent> tasks = new ArrayList<>();
        for (Contact contact : contacts) {
            if (done.contains(contact.clientId)) {
                continue;
            }
            String variant = Variants.of(campaign, contact.clientId);
            SendPlanner.Candidate candidate = new SendPlanner.Candidate(campaign, contact.clientId, contact, null,
                    serviceClients.contains(contact.clientId) ? MessageClass.SERVICE : MessageClass.MARKETING,
                    variant, Variants.templateOf(campaign, variant));
            SendDecision decision = SendPolicy.decide(planner.facts(candidate, counts.getOrDefault(contact.clientId, 0L)));
            SendLog row = planner.row(candidate, decision, SendLog.NO_SIGNAL, now);
            rows.add(row);
            if (decision.outcome() == SendDecision.Outcome.TASK) {
                tasks.add(CampaignEvents.outboxEvent(CampaignEvents.task(row, contact.adviserId, null, now)));
            }
        }
        return SendLog.persist(rows)
                .chain(() -> tasks.isEmpty() ? Uni.createFrom().voidItem() : outbox.appendAll(tasks))
                .replaceWith(rows.size());
    }

    /** Selections whose scheduled time has come. */
    public Uni<List<UUID>> due() {
        return Panache.withSession(() -> Campaign.<Campaign>list("state = ?1 and scheduledAt <= ?2 and kind in ?3",
                        CampaignState.SCHEDULED, clock.instant(), List.of(CampaignKind.SELECTION, CampaignKind.SURVEY)))
                .map(list -> list.stream().map(c -> c.id).toList());
    }
}
