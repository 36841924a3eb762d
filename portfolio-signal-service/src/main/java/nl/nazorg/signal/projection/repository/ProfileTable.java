package nl.nazorg.signal.projection.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.signal.sql.RowsById;

/** {@code client_profile} through the reactive client: many clients per statement, in the caller's transaction. */
public final class ProfileTable {

    private static final String LOCKED = """
            SELECT client_id, tenant_id, adviser_id, payload, aggregate_version FROM client_profile
            WHERE client_id = ANY($1) ORDER BY client_id FOR UPDATE""";

    private static final String UPSERT = """
            INSERT INTO client_profile AS p (client_id, tenant_id, adviser_id, payload, aggregate_version)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[]) ORDER BY 1
            ON CONFLICT (client_id) DO UPDATE
                SET adviser_id = excluded.adviser_id, payload = excluded.payload,
                    aggregate_version = excluded.aggregate_version
                WHERE p.tenant_id = excluded.tenant_id
                  AND (p.aggregate_version IS NULL OR p.aggregate_version < excluded.aggregate_version)""";

    private ProfileTable() {
    }

    /**
     * The profiles of these clients, locked for the transaction in client-id order, so a consumer and a bulk pass
     * never evaluate one client at once.
     */
    public static Uni<Map<String, ProfileRow>> locked(SqlConnection transaction, Collection<String> clientIds) {
        return RowsById.read(transaction, LOCKED, clientIds, ProfileTable::profile, row -> row.clientId);
    }

    /** Writes these rows; a row never overwrites another tenant's client or a newer version. */
    public static Uni<Void> upsert(SqlConnection transaction, List<ProfileRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(UPSERT).execute(Tuple.of(
                rows.stream().map(r -> r.clientId).toArray(String[]::new),
                rows.stream().map(r -> r.tenantId).toArray(String[]::new),
                rows.stream().map(r -> r.adviserId).toArray(String[]::new),
                rows.stream().map(r -> r.payload).toArray(String[]::new),
                rows.stream().map(r -> r.aggregateVersion).toArray(Long[]::new))).replaceWithVoid();
    }

    private static ProfileRow profile(Row row) {
        ProfileRow profile = new ProfileRow();
        profile.clientId = row.getString("client_id");
        profile.tenantId = row.getString("tenant_id");
        profile.adviserId = row.getString("adviser_id");
        profile.payload = row.getString("payload");
        profile.aggregateVersion = row.getLong("aggregate_version");
        return profile;
    }
}
