package nl.nazorg.client.profile.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.client.profile.domain.ProductTypes;
import nl.nazorg.events.client.SubscriptionTier;

/**
 * The filters of the client list; every one optional, all combined with AND. Product types are MORTGAGE, PROPERTY or
 * an insurance type (TERM_LIFE, BUILDING, …).
 */
public record ClientFilter(String name, String email, String adviserId, SubscriptionTier tier, Integer minAge,
                           Integer maxAge, List<String> hasProducts, List<String> lacksProducts, Boolean forSale,
                           String externalReference) {

    /** The JPQL condition (after the tenant) and its parameters, ages taken on {@code today}. */
    public Query toQuery(String tenantId, LocalDate today) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenantId);
        if (name != null && !name.isBlank()) {
            where.append(" and lower(concat(coalesce(firstName, ''), ' ', coalesce(lastNamePrefix, ''), ' ',"
                    + " lastName)) like :name");
            params.put("name", "%" + likeEscaped(name.strip().toLowerCase()) + "%");
        }
        if (email != null && !email.isBlank()) {
            where.append(" and lower(email) like :email");
            params.put("email", "%" + likeEscaped(email.strip().toLowerCase()) + "%");
        }
        if (adviserId != null && !adviserId.isBlank()) {
            where.append(" and adviserId = :adviser");
            params.put("adviser", adviserId.strip());
        }
        if (externalReference != null && !externalReference.isBlank()) {
            where.append(" and externalReference = :externalReference");
            params.put("externalReference", externalReference.strip());
        }
        if (tier != null) {
            where.append(" and subscriptionTier = :tier");
            params.put("tier", tier);
        }
        if (minAge != null) {
            // At least minAge years old today: born on or before today minus minAge years.
            where.append(" and dateOfBirth <= :bornBy");
            params.put("bornBy", today.minusYears(minAge));
        }
        if (maxAge != null) {
            // At most maxAge years old today: not yet maxAge + 1.
            where.append(" and dateOfBirth > :bornAfter");
            params.put("bornAfter", today.minusYears(maxAge + 1L));
        }
        int i = 0;
        for (String product : hasProducts == null ? List.<String>of() : hasProducts) {
            where.append(" and productTypes like :has").append(i);
            params.put("has" + i++, ProductTypes.pattern(product));
        }
        for (String product : lacksProducts == null ? List.<String>of() : lacksProducts) {
            where.append(" and productTypes not like :lacks").append(i);
            params.put("lacks" + i++, ProductTypes.pattern(product));
        }
        if (forSale != null) {
            where.append(" and forSale = :forSale");
            params.put("forSale", forSale);
        }
        return new Query(where.toString(), params);
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public record Query(String where, Map<String, Object> params) {
    }
}
