package nl.nazorg.signal.projection.repository;

import static nl.nazorg.signal.sql.SqlNumbers.numeric;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import nl.nazorg.signal.sql.RowsById;

/** {@code client_profile} through the reactive client: many clients per statement, in the caller's transaction. */
public final class ProfileTable {

    private static final String LOCKED = """
            SELECT client_id, tenant_id, adviser_id, payload, aggregate_version, minimum_monthly_saving,
                   read_model_version
            FROM client_profile WHERE client_id = ANY($1) ORDER BY client_id FOR UPDATE""";

    /** The same lock, with the typed columns a market-rate change reads instead of the JSON. */
    private static final String LOCKED_FACTS = """
            SELECT client_id, tenant_id, adviser_id, minimum_monthly_saving, read_model_version, aggregate_version
            FROM client_profile WHERE client_id = ANY($1) ORDER BY client_id FOR UPDATE""";

    private static final String UPSERT = """
            INSERT INTO client_profile AS p (client_id, tenant_id, adviser_id, payload, aggregate_version,
                                             minimum_monthly_saving, read_model_version)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::numeric[],
                                 $7::int[]) ORDER BY 1
            ON CONFLICT (client_id) DO UPDATE
                SET adviser_id = excluded.adviser_id, payload = excluded.payload,
                    aggregate_version = excluded.aggregate_version,
                    minimum_monthly_saving = excluded.minimum_monthly_saving,
                    read_model_version = excluded.read_model_version
                WHERE p.tenant_id = excluded.tenant_id
                  AND (p.aggregate_version IS NULL OR p.aggregate_version < excluded.aggregate_version)""";

    /** Brings rows written before the typed columns up to them (the version stays: nothing new was received). */
    private static final String READ_MODEL = """
            UPDATE client_profile p SET minimum_monthly_saving = u.saving, read_model_version = u.version
            FROM unnest($1::text[], $2::numeric[], $3::int[]) AS u(client_id, saving, version)
            WHERE p.client_id = u.client_id""";

    private ProfileTable() {
    }

    /**
     * The profiles of these clients, locked for the transaction in client-id order, so a consumer and a bulk pass
     * never evaluate one client at once.
     */
    public static Uni<Map<String, ProfileRow>> locked(SqlConnection transaction, Collection<String> clientIds) {
        return RowsById.read(transaction, LOCKED, clientIds, ProfileTable::profile, row -> row.clientId);
    }

    /** The profiles of these clients, locked as {@link #locked} does, with the typed columns and without the JSON. */
    public static Uni<Map<String, ProfileRow>> lockedFacts(SqlConnection transaction, Collection<String> clientIds) {
        return RowsById.read(transaction, LOCKED_FACTS, clientIds, ProfileTable::facts, row -> row.clientId);
    }

    /** Writes these rows; a row never overwrites another tenant's client or a newer version. */
    public static Uni<Void> upsert(SqlConnection transaction, List<ProfileRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(UPSERT).execute(Tuple.from(List.of(
                rows.stream().map(r -> r.clientId).toArray(String[]::new),
                rows.stream().map(r -> r.tenantId).toArray(String[]::new),
                rows.stream().map(r -> r.adviserId).toArray(String[]::new),
                rows.stream().map(r -> r.payload).toArray(String[]::new),
                rows.stream().map(r -> r.aggregateVersion).toArray(Long[]::new),
                rows.stream().map(r -> numeric(r.minimumMonthlySaving)).toArray(Numeric[]::new),
                rows.stream().map(r -> r.readModelVersion).toArray(Integer[]::new)))).replaceWithVoid();
    }

    /** Writes the typed columns of rows whose JSON the caller read (see {@link #READ_MODEL}). */
    public static Uni<Void> writeReadModel(SqlConnection transaction, List<ProfileRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(READ_MODEL).execute(Tuple.of(
                rows.stream().map(r -> r.clientId).toArray(String[]::new),
                rows.stream().map(r -> numeric(r.minimumMonthlySaving)).toArray(Numeric[]::new),
                rows.stream().map(r -> r.readModelVersion).toArray(Integer[]::new))).replaceWithVoid();
    }

    private static ProfileRow facts(Row row) {
        ProfileRow profile = new ProfileRow();
        profile.clientId = row.getString("client_id");
        profile.tenantId = row.getString("tenant_id");
        profile.adviserId = row.getString("adviser_id");
        profile.minimumMonthlySaving = row.getBigDecimal("minimum_monthly_saving");
        profile.readModelVersion = row.getInteger("read_model_version");
        profile.aggregateVersion = row.getLong("aggregate_version");
        return profile;
    }

    private static ProfileRow profile(Row row) {
        ProfileRow profile = facts(row);
        profile.payload = row.getString("payload");
        return profile;
    }
}
