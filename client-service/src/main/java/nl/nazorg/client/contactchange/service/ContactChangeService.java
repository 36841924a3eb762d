package nl.nazorg.client.contactchange.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.contactchange.domain.ContactChange;
import nl.nazorg.client.contactchange.domain.ContactChangeStatus;
import nl.nazorg.client.contactchange.domain.RequestedValues;
import nl.nazorg.client.contactchange.repository.ContactChangeRepository;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ProfileChange;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.client.profile.service.ClientChanges;
import nl.nazorg.events.client.ProfileField;

/**
 * The adviser's side of a requested contact-detail change: approve (the client file changes, the new profile is
 * published, the change log records the survey as source and the adviser as approver) or reject (nothing changes).
 */
@ApplicationScoped
public class ContactChangeService {

    @Inject
    ContactChangeRepository contactChanges;

    @Inject
    ClientRepository clients;

    @Inject
    ClientChanges changes;

    @Inject
    Clock clock;

    @WithSession
    public Uni<ContactChangePage> worklist(String tenantId, ContactChangeStatus status, String clientId, int page,
                                           int size) {
        return contactChanges.page(tenantId, status, clientId, page, size)
                .chain(items -> contactChanges.count(tenantId, status, clientId)
                        .map(total -> new ContactChangePage(items, page, size, total)));
    }

    @WithTransaction
    public Uni<ContactChange> approve(String tenantId, String id, String adviserId) {
        return pending(tenantId, id).call(change -> applied(change, adviserId))
                .invoke(change -> change.decide(ContactChangeStatus.APPROVED, adviserId, clock.instant()));
    }

    @WithTransaction
    public Uni<ContactChange> reject(String tenantId, String id, String adviserId) {
        return pending(tenantId, id)
                .invoke(change -> change.decide(ContactChangeStatus.REJECTED, adviserId, clock.instant()));
    }

    private Uni<ContactChange> pending(String tenantId, String id) {
        return contactChanges.lockInTenant(tenantId, id).onItem().ifNull().failWith(NotFoundException::new)
                .invoke(change -> {
                    if (!change.pending()) {
                        throw new ContactChangeDecidedException();
                    }
                });
    }

    /**
     * Applies the change through the same path as every other change of a client ({@link ClientChanges}: versions,
     * outbox event), and logs one row per field: where the new value came from and who approved it. The client row
     * is locked first, as an erasure does: an erasure either commits before (and took the pending change with it)
     * or waits for this approval and then erases the approved change's log with the rest.
     */
    private Uni<Void> applied(ContactChange change, String adviserId) {
        RequestedValues requested = RequestedValues.fromJson(change.requestedValuesJson);
        return clients.lockInTenant(change.tenantId, change.clientId).onItem().ifNull().failWith(NotFoundException::new)
                .call(client -> changes.change(client, requested.edit()))
                .chain(client -> {
                    List<ProfileChange> rows = requested.fields().stream()
                            .map(field -> logRow(client, change, field, adviserId)).toList();
                    // One session, one row after the other: Panache's persist(Iterable) persists concurrently.
                    return ProfileChange.getSession().chain(session -> session.persistAll(rows.toArray()));
                });
    }

    private ProfileChange logRow(Client client, ContactChange change, ProfileField field, String adviserId) {
        ProfileChange row = new ProfileChange();
        row.id = UUID.randomUUID().toString();
        row.tenantId = client.tenantId;
        row.clientId = client.id;
        row.field = field.name();
        row.source = change.source;
        row.surveyId = change.surveyId;
        row.responseId = change.responseId;
        row.requestId = change.requestId;
        row.requestedAt = change.requestedAt;
        row.contactChangeId = change.id;
        row.approvedBy = adviserId;
        row.recordedAt = clock.instant();
        return row;
    }

    public record ContactChangePage(List<ContactChange> items, int page, int size, long total) {
    }
}
