package nl.nazorg.signal.worklist.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.rules.SignalType;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.worklist.rest.TypeSummary;

/** Tenant-scoped reads of the signal store for the adviser worklist (every query takes the caller's tenant). */
@ApplicationScoped
public class WorklistQueries {

    @WithSession
    public Uni<SignalRow> find(String tenantId, UUID id) {
        return SignalRow.find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    /** Whether the firm knows the client: a profile in the projection, or signals (also after erasure). */
    @WithSession
    public Uni<Boolean> knows(String tenantId, String clientId) {
        return ProfileRow.count("clientId = ?1 and tenantId = ?2", clientId, tenantId)
                .chain(profiles -> profiles > 0 ? Uni.createFrom().item(true)
                        : SignalRow.count("clientId = ?1 and tenantId = ?2", clientId, tenantId).map(n -> n > 0));
    }

    /** Loads the matching rows and their total count. */
    @WithSession
    public Uni<Page> page(String tenantId, WorklistFilter filter, WorklistOrder order, int page, int size) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (!filter.includeResolved()) {
            where.append(" and resolvedAt is null");
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.adviserId() != null) {
            where.append(" and adviserId = :adviser");
            parameters.and("adviser", filter.adviserId());
        }
        if (filter.clientId() != null) {
            where.append(" and clientId = :client");
            parameters.and("client", filter.clientId());
        }
        if (filter.dueBefore() != null) {
            where.append(" and dueDate < :dueBefore");
            parameters.and("dueBefore", filter.dueBefore());
        }
        if (filter.minAmount() != null) {
            where.append(" and amount >= :minAmount");
            parameters.and("minAmount", filter.minAmount());
        }
        PanacheQuery<SignalRow> query = SignalRow.find(where.toString(), order.sort(), parameters).page(page, size);
        return query.list().chain(rows -> query.count().map(total -> new Page(rows, total)));
    }

    /** Open and in-progress signals per type with their summed monthly saving. */
    @WithSession
    public Uni<List<TypeSummary>> summary(String tenantId, String adviserId) {
        String adviser = adviserId == null ? "" : " and s.adviserId = :adviser";
        Parameters parameters = Parameters.with("tenant", tenantId)
                .and("statuses", List.of(SignalStatus.OPEN, SignalStatus.IN_PROGRESS));
        if (adviserId != null) {
            parameters.and("adviser", adviserId);
        }
        String hql = "select s.type, count(*), coalesce(sum(s.amount), 0) from SignalRow s where s.tenantId = :tenant"
                + " and s.resolvedAt is null and s.status in :statuses" + adviser + " group by s.type order by s.type";
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, Object[].class);
            parameters.map().forEach(query::setParameter);
            return query.getResultList();
        })
                .map(rows -> {
                    List<TypeSummary> lines = new ArrayList<>();
                    for (Object[] row : rows) {
                        lines.add(new TypeSummary((SignalType) row[0], ((Number) row[1]).longValue(),
                                ((BigDecimal) row[2]).setScale(2)));
                    }
                    return lines;
                });
    }

    public record Page(List<SignalRow> rows, long total) {
    }
}
