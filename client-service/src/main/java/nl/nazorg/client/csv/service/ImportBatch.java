package nl.nazorg.client.csv.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.consent.domain.ConsentChange;
import nl.nazorg.client.consent.service.ConsentService;
import nl.nazorg.client.csv.format.ImportRow;
import nl.nazorg.client.events.ClientEvents;
import nl.nazorg.client.portfolio.service.PortfolioInputMapper;
import nl.nazorg.client.profile.domain.ArrearsFact;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.client.profile.service.ClientChanges;
import nl.nazorg.client.profile.service.ClientService;
import nl.nazorg.client.profile.service.ClientSnapshot;
import nl.nazorg.client.profile.service.ProfileInputMapper;
import nl.nazorg.client.profile.service.Text;
import nl.nazorg.events.ClientDates;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.messaging.outbox.OutboxEvent;

/**
 * One transaction of an import: looks the batch's external references up in one query, creates or updates each
 * client, and writes all their events to the outbox in one statement.
 */
@ApplicationScoped
public class ImportBatch {

    @Inject
    ClientRepository clients;

    @Inject
    ClientService clientService;

    @Inject
    ClientChanges changes;

    @Inject
    Clock clock;

    /** Running totals of one import. */
    public static final class Counts {
        int created;
        int updated;
        int unchanged;
    }

    @WithTransaction
    public Uni<Void> apply(String tenantId, String actor, List<ImportRow> rows, Counts counts) {
        List<String> references = rows.stream().map(row -> Text.clean(row.profile().externalReference())).toList();
        return clients.findByExternalReferences(tenantId, references).chain(found -> {
            Map<String, Client> existing = found.stream()
                    .collect(Collectors.toMap(client -> client.externalReference, Function.identity()));
            List<Client> created = new ArrayList<>();
            List<ConsentChange> consentChanges = new ArrayList<>();
            List<OutboxEvent> events = new ArrayList<>();
            for (ImportRow row : rows) {
                Client client = existing.get(Text.clean(row.profile().externalReference()));
                if (client == null) {
                    client = clientService.newClient(tenantId, row.profile(), row.portfolio());
                    consent(client, row.consent(), actor).ifPresent(consentChanges::add);
                    arrears(client, row.arrears());
                    created.add(client);
                    events.addAll(ClientEvents.events(client, true));
                    counts.created++;
                    continue;
                }
                ClientSnapshot before = ClientSnapshot.of(client);
                ProfileInputMapper.apply(row.profile(), client);
                ClientDocuments.portfolio(client, PortfolioInputMapper.toDocument(row.portfolio()));
                consent(client, row.consent(), actor).ifPresent(consentChanges::add);
                arrears(client, row.arrears());
                ClientSnapshot after = ClientSnapshot.of(client);
                boolean portfolioChanged = before.portfolioDiffers(after);
                if (portfolioChanged || before.profileDiffers(after)) {
                    changes.markChanged(client, portfolioChanged);
                    events.addAll(ClientEvents.events(client, portfolioChanged));
                    counts.updated++;
                } else {
                    counts.unchanged++;
                }
            }
            List<Object> inserts = new ArrayList<>(created);
            inserts.addAll(consentChanges);
            // One session, one entity after the other: Panache's persist(Iterable) persists concurrently.
            return clients.getSession().chain(session -> session.persistAll(inserts.toArray()))
                    .chain(() -> clients.flush())
                    .chain(() -> changes.events().appendAll(events));
        });
    }

    /** Adds the row's arrears fact, or settles the stored one of the same date; the same row twice changes nothing. */
    private void arrears(Client client, ImportRow.ArrearsColumns columns) {
        if (columns == null) {
            return;
        }
        List<ArrearsFact> all = new ArrayList<>(ClientDocuments.arrears(client));
        ArrearsFact fact = new ArrearsFact(UUID.randomUUID().toString(), columns.missedPaymentDate(),
                Text.money(columns.amount()), columns.resolvedDate() != null, columns.resolvedDate(),
                Text.clean(columns.reportedBy()), null, clock.instant());
        for (int i = 0; i < all.size(); i++) {
            ArrearsFact stored = all.get(i);
            if (stored.missedPaymentDate().equals(fact.missedPaymentDate())) {
                if (!stored.resolved() && fact.resolved()) {
                    all.set(i, stored.resolvedOn(fact.resolvedDate()));
                    ClientDocuments.arrears(client, all);
                }
                return;
            }
        }
        all.add(fact);
        ClientDocuments.arrears(client, all);
    }

    /** Applies the consent columns when they change the status; the change is evidence like any other. */
    private java.util.Optional<ConsentChange> consent(Client client, ImportRow.ConsentColumns columns, String actor) {
        if (columns == null || columns.status() == client.consentStatus) {
            return java.util.Optional.empty();
        }
        boolean refused = client.consentStatus == ConsentStatus.WITHDRAWN
                || client.consentStatus == ConsentStatus.OBJECTED;
        if (refused && columns.status().allowsMarketingEmail()) {
            // An unsubscribe or objection is absolute: an old spreadsheet cannot opt the client in again.
            return java.util.Optional.empty();
        }
        Instant effectiveAt = columns.date() == null ? clock.instant()
                : columns.date().atStartOfDay(ClientDates.ZONE).toInstant();
        ConsentChange change = new ConsentChange();
        change.id = UUID.randomUUID().toString();
        change.tenantId = client.tenantId;
        change.clientId = client.id;
        change.status = columns.status();
        change.legalBasis = ConsentService.legalBasis(columns.status());
        change.source = columns.source();
        change.recordedBy = actor;
        change.effectiveAt = effectiveAt;
        change.recordedAt = clock.instant();
        change.reference = "csv-import";
        if (columns.status() == ConsentStatus.SOFT_OPT_IN) {
            change.contactDetailsObtainedInSale = true;
            change.similarProductsOnly = true;
            change.objectionOfferedAtCollection = true;
            change.saleDate = columns.softOptInSaleDate();
        }
        client.consentStatus = change.status;
        client.consentLegalBasis = change.legalBasis;
        client.consentSince = effectiveAt;
        client.consentSource = change.source;
        client.consentSaleDate = change.saleDate;
        return java.util.Optional.of(change);
    }
}
