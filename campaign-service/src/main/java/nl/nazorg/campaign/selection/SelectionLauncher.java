package nl.nazorg.campaign.selection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.CampaignKind;
import nl.nazorg.campaign.campaign.CampaignState;
import nl.nazorg.campaign.campaign.SelectionFilter;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.contact.Contacts;
import nl.nazorg.campaign.mail.MailDispatcher;
import nl.nazorg.campaign.send.FrequencyWindow;
import nl.nazorg.campaign.send.SendDecision;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendLogRows;
import nl.nazorg.campaign.send.SendPlanner;
import nl.nazorg.campaign.send.SendPolicy;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.events.ClientDates;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plans a selection (or survey) campaign a page of its audience at a time (client id order, {@value #PAGE} clients),
 * one transaction of the reactive PostgreSQL client per page: the page's contacts, the frequency counts and the
 * service situations read with one statement each, the send-log rows written with one multi-row
 * insert and the adviser tasks with one outbox append. The dispatcher is woken after each page, so sending starts
 * while planning goes on. One row per campaign and client ({@code ON CONFLICT DO NOTHING}), so a crash half-way is
 * finished by launching again.
 */
@ApplicationScoped
public class SelectionLauncher {

    static final int PAGE = 1_000;

    @Inject
    Audience audience;

    @Inject
    Contacts contacts;

    @Inject
    SendLogRows sendLog;

    @Inject
    SendPlanner planner;

    @Inject
    ServiceSituations serviceSituations;

    @Inject
    CampaignConfig config;

    @Inject
    Outbox outbox;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    Pool pool;

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
        LocalDate today = LocalDate.now(clock.withZone(ClientDates.ZONE));
        return Panache.withSession(() -> Campaign.<Campaign>findById(campaignId))
                .chain(campaign -> planFrom(campaign, filterOf(campaign), today, "", 0)
                        .call(() -> Panache.withTransaction(() -> Campaign.update(
                                "state = ?1 where id = ?2", CampaignState.LAUNCHED, campaign.id))));
    }

    /** Plans the audience's pages after {@code after}, one after another. */
    private Uni<Integer> planFrom(Campaign campaign, SelectionFilter filter, LocalDate today, String after, int planned) {
        return audience.page(campaign.tenantId, filter, today, after, PAGE).chain(ids -> ids.isEmpty()
                ? Uni.createFrom().item(planned)
                : pool.withTransaction(transaction -> planPage(transaction, campaign, filter, ids))
                        .invoke(dispatcher::wakeUp)
                        .chain(written -> ids.size() < PAGE ? Uni.createFrom().item(planned + written)
                                : planFrom(campaign, filter, today, ids.get(ids.size() - 1), planned + written)));
    }

    private Uni<Integer> planPage(SqlConnection transaction, Campaign campaign, SelectionFilter filter, List<String> ids) {
        Instant now = clock.instant();
        List<FrequencyWindow.ClientKey> clients = ids.stream()
                .map(id -> new FrequencyWindow.ClientKey(campaign.tenantId, id)).toList();
        return contacts.byId(transaction, ids).chain(found -> sendLog.marketingSince(transaction, clients,
                        now.minus(config.frequencyCap().window()))
                .chain(window -> serviceSituations.serviceClients(transaction, campaign, filter, found.values())
                        .map(service -> rows(campaign, ids, found, window, service, now))))
                .chain(planned -> sendLog.insert(transaction, planned.stream().map(Planned::row).toList())
                        .chain(written -> {
                            List<OutboxEvent> tasks = planned.stream()
                                    .filter(p -> written.contains(p.row().sendId) && p.row().status == SendStatus.TASK_CREATED)
                                    .map(p -> SendPlanner.taskCreated(p.row(), p.candidate(), now))
                                    .toList();
                            return outbox.appendAll(transaction, tasks).replaceWith(written.size());
                        }));
    }

    /** A send-log row and the candidate it was decided for. */
    private record Planned(SendLog row, SendPlanner.Candidate candidate) {
    }

    /**
     * The page's send-log rows, decided by the rules before every send. A client already planned (a launch again after
     * a crash) gets a row that the insert leaves out ({@code ON CONFLICT DO NOTHING}), and so no second task either.
     */
    private List<Planned> rows(Campaign campaign, List<String> ids, Map<String, Contact> found,
                               FrequencyWindow window, Set<String> service, Instant now) {
        List<Planned> rows = new ArrayList<>();
        for (String id : ids) {
            Contact contact = found.get(id);
            if (contact == null) {
                continue;
            }
            String variant = Variants.of(campaign, id);
            SendPlanner.Candidate candidate = new SendPlanner.Candidate(campaign, id, contact, null,
                    service.contains(id) ? MessageClass.SERVICE : MessageClass.MARKETING,
                    variant, Variants.templateOf(campaign, variant));
            SendDecision decision = SendPolicy.decide(planner.facts(candidate,
                    window.marketingSent(campaign.tenantId, id)));
            rows.add(new Planned(planner.row(candidate, decision, SendLog.NO_SIGNAL, now), candidate));
        }
        return rows;
    }

    /** Selections whose scheduled time has come. */
    public Uni<List<UUID>> due() {
        return Panache.withSession(() -> Campaign.<Campaign>list("state = ?1 and scheduledAt <= ?2 and kind in ?3",
                        CampaignState.SCHEDULED, clock.instant(), List.of(CampaignKind.SELECTION, CampaignKind.SURVEY)))
                .map(list -> list.stream().map(c -> c.id).toList());
    }
}
