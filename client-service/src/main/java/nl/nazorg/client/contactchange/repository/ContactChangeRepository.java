package nl.nazorg.client.contactchange.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.contactchange.domain.ContactChange;
import nl.nazorg.client.contactchange.domain.ContactChangeStatus;

/** Requested contact-detail changes, always within one tenant: another tenant's id is simply not found. */
@ApplicationScoped
public class ContactChangeRepository implements PanacheRepositoryBase<ContactChange, String> {

    /** Reads the change and locks its row until the transaction ends: two approvals cannot both see it pending. */
    public Uni<ContactChange> lockInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The worklist: changes in one status, optionally of one client, oldest first. */
    public Uni<List<ContactChange>> page(String tenantId, ContactChangeStatus status, String clientId, int page,
                                         int size) {
        return worklist(tenantId, status, clientId).page(Page.of(page, size)).list();
    }

    public Uni<Long> count(String tenantId, ContactChangeStatus status, String clientId) {
        return worklist(tenantId, status, clientId).count();
    }

    public Uni<Long> deleteOfClient(String tenantId, String clientId) {
        return delete("tenantId = ?1 and clientId = ?2", tenantId, clientId);
    }

    private PanacheQuery<ContactChange> worklist(String tenantId, ContactChangeStatus status, String clientId) {
        Parameters params = Parameters.with("tenantId", tenantId).and("status", status);
        String where = "tenantId = :tenantId and status = :status";
        if (clientId != null) {
            where += " and clientId = :clientId";
            params = params.and("clientId", clientId);
        }
        return find(where, Sort.by("receivedAt").and("id"), params);
    }
}
