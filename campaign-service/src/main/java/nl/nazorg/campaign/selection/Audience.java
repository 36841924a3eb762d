package nl.nazorg.campaign.selection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.campaign.SelectionFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The clients of one firm that a selection filter matches, in a stable order (client id), read a page at a time
 * (keyset: the page after a client id), so a launch never holds its whole audience in memory.
 */
@ApplicationScoped
public class Audience {

    @Inject
    Pool pool;

    /** How many clients the filter matches. */
    public Uni<Long> count(String tenantId, SelectionFilter filter, LocalDate today) {
        Where where = Where.of(tenantId, filter, today);
        return pool.preparedQuery("SELECT count(*) FROM contact c WHERE " + where.sql).execute(Tuple.from(where.params))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** At most {@code size} matching client ids after {@code after} ("" for the first page), in client id order. */
    public Uni<List<String>> page(String tenantId, SelectionFilter filter, LocalDate today, String after, int size) {
        Where where = Where.of(tenantId, filter, today);
        where.params.add(after);
        where.params.add(size);
        return pool.preparedQuery("SELECT c.client_id FROM contact c WHERE " + where.sql + " AND c.client_id > $"
                        + (where.params.size() - 1) + " ORDER BY c.client_id LIMIT $" + where.params.size())
                .execute(Tuple.from(where.params))
                .map(rows -> {
                    List<String> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getString(0)));
                    return ids;
                });
    }

    /** The filter as a WHERE clause over {@code contact c} with its positional parameters. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder("c.tenant_id = $1");
        final List<Object> params = new ArrayList<>();

        static Where of(String tenantId, SelectionFilter filter, LocalDate today) {
            Where where = new Where();
            where.params.add(tenantId);
            if (present(filter.openSignalTypes())) {
                where.add(" AND EXISTS (SELECT 1 FROM known_signal s WHERE s.client_id = c.client_id"
                        + " AND s.tenant_id = c.tenant_id AND s.open AND s.type = ANY($%d::text[]))",
                        names(filter.openSignalTypes(), Enum::name));
            }
            if (filter.minAge() != null) {
                where.add(" AND c.date_of_birth <= $%d", today.minusYears(filter.minAge()));
            }
            if (filter.maxAge() != null) {
                // Younger than maxAge + 1: born after today minus (maxAge + 1) years.
                where.add(" AND c.date_of_birth > $%d", today.minusYears(filter.maxAge() + 1L));
            }
            if (present(filter.tiers())) {
                where.add(" AND c.tier = ANY($%d::text[])", names(filter.tiers(), Enum::name));
            }
            if (present(filter.adviserIds())) {
                where.add(" AND c.adviser_id = ANY($%d::text[])", names(filter.adviserIds(), id -> id));
            }
            if (present(filter.languages())) {
                where.add(" AND c.language = ANY($%d::text[])", names(filter.languages(), String::toLowerCase));
            }
            return where;
        }

        private void add(String condition, Object value) {
            params.add(value);
            sql.append(condition.formatted(params.size()));
        }

        private static boolean present(List<?> values) {
            return values != null && !values.isEmpty();
        }

        private static <T> String[] names(List<T> values, Function<T, String> name) {
            return values.stream().map(name).toArray(String[]::new);
        }
    }
}
