package nl.nazorg.campaign.selection;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.campaign.campaign.SelectionFilter;
import nl.nazorg.campaign.contact.Contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The clients of one firm that a selection filter matches, in a stable order (client id). */
@ApplicationScoped
public class Audience {

    public Uni<List<Contact>> of(String tenantId, SelectionFilter filter, LocalDate today) {
        StringBuilder query = new StringBuilder("from Contact c where c.tenantId = ?1");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (filter.openSignalTypes() != null && !filter.openSignalTypes().isEmpty()) {
            params.add(filter.openSignalTypes());
            query.append(" and exists (from KnownSignal s where s.clientId = c.clientId and s.tenantId = c.tenantId"
                    + " and s.open = true and s.type in ?").append(params.size()).append(')');
        }
        if (filter.minAge() != null) {
            params.add(today.minusYears(filter.minAge()));
            query.append(" and c.dateOfBirth <= ?").append(params.size());
        }
        if (filter.maxAge() != null) {
            // Younger than maxAge + 1: born after today minus (maxAge + 1) years.
            params.add(today.minusYears(filter.maxAge() + 1L));
            query.append(" and c.dateOfBirth > ?").append(params.size());
        }
        if (filter.tiers() != null && !filter.tiers().isEmpty()) {
            params.add(filter.tiers());
            query.append(" and c.tier in ?").append(params.size());
        }
        if (filter.adviserIds() != null && !filter.adviserIds().isEmpty()) {
            params.add(filter.adviserIds());
            query.append(" and c.adviserId in ?").append(params.size());
        }
        if (filter.languages() != null && !filter.languages().isEmpty()) {
            params.add(filter.languages().stream().map(String::toLowerCase).collect(Collectors.toList()));
            query.append(" and c.language in ?").append(params.size());
        }
        query.append(" order by c.clientId");
        return Contact.<Contact>list(query.toString(), params.toArray());
    }
}
