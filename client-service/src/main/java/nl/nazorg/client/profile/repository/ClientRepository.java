package nl.nazorg.client.profile.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.profile.domain.Client;

/** Clients, always looked up within one tenant: another tenant's id is simply not found. */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, String> {

    public Uni<Client> findInTenant(String tenantId, String clientId) {
        return inTenant(tenantId, clientId).firstResult();
    }

    /**
     * Reads the client and locks its row until the transaction ends: a concurrent change waits, and cannot slip in
     * between this transaction's reading and its writing.
     */
    public Uni<Client> lockInTenant(String tenantId, String clientId) {
        return inTenant(tenantId, clientId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private PanacheQuery<Client> inTenant(String tenantId, String clientId) {
        return find("tenantId = ?1 and id = ?2", tenantId, clientId);
    }

    public Uni<Client> findByExternalReference(String tenantId, String externalReference) {
        return find("tenantId = ?1 and externalReference = ?2", tenantId, externalReference).firstResult();
    }

    public Uni<List<Client>> findByExternalReferences(String tenantId, List<String> references) {
        return list("tenantId = ?1 and externalReference in ?2", tenantId, references);
    }

    public Uni<List<Client>> search(String tenantId, ClientFilter filter, LocalDate today, int page, int size) {
        ClientFilter.Query query = filter.toQuery(tenantId, today);
        return find(query.where(), Sort.by("lastName").and("firstName").and("id"), query.params())
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> count(String tenantId, ClientFilter filter, LocalDate today) {
        ClientFilter.Query query = filter.toQuery(tenantId, today);
        return count(query.where(), query.params());
    }

    /** Every client of a tenant in a stable order, one page at a time (CSV export). */
    public Uni<List<Client>> page(String tenantId, int page, int size) {
        return find("tenantId = ?1", Sort.by("id"), tenantId).page(Page.of(page, size)).list();
    }
}
