package nl.nazorg.signal.projection.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.signal.sql.RowsById;

/** {@code client_portfolio} through the reactive client: many clients per statement, in the caller's transaction. */
public final class PortfolioTable {

    private static final String READ = """
            SELECT client_id, tenant_id, loan_parts, payload, aggregate_version, read_model_version
            FROM client_portfolio WHERE client_id = ANY($1)""";

    private static final String UPSERT = """
            INSERT INTO client_portfolio AS p (client_id, tenant_id, loan_parts, payload, aggregate_version,
                                               read_model_version)
            SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::bigint[], $6::int[]) ORDER BY 1
            ON CONFLICT (client_id) DO UPDATE
                SET loan_parts = excluded.loan_parts, payload = excluded.payload,
                    aggregate_version = excluded.aggregate_version, read_model_version = excluded.read_model_version
                WHERE p.tenant_id = excluded.tenant_id
                  AND (p.aggregate_version IS NULL OR p.aggregate_version < excluded.aggregate_version)""";

    private static final String WITHOUT_READ_MODEL = READ + " AND read_model_version IS NULL";

    private static final String READ_MODEL_WRITTEN = """
            UPDATE client_portfolio SET read_model_version = $2 WHERE client_id = ANY($1)""";

    private PortfolioTable() {
    }

    public static Uni<Map<String, PortfolioRow>> read(SqlConnection transaction, Collection<String> clientIds) {
        return RowsById.read(transaction, READ, clientIds, PortfolioTable::portfolio, row -> row.clientId);
    }

    /** Those of these clients' rows written before the loan-part read model (no {@code read_model_version}). */
    public static Uni<Map<String, PortfolioRow>> withoutReadModel(SqlConnection transaction,
            Collection<String> clientIds) {
        return RowsById.read(transaction, WITHOUT_READ_MODEL, clientIds, PortfolioTable::portfolio,
                row -> row.clientId);
    }

    /** Marks these clients' read-model rows as written at {@code version}. */
    public static Uni<Void> readModelWritten(SqlConnection transaction, Collection<String> clientIds, int version) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(READ_MODEL_WRITTEN)
                .execute(Tuple.of(clientIds.toArray(String[]::new), version)).replaceWithVoid();
    }

    /** Writes these rows; a row never overwrites another tenant's client or a newer version. */
    public static Uni<Void> upsert(SqlConnection transaction, List<PortfolioRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(UPSERT).execute(Tuple.of(
                rows.stream().map(r -> r.clientId).toArray(String[]::new),
                rows.stream().map(r -> r.tenantId).toArray(String[]::new),
                rows.stream().map(r -> r.loanParts).toArray(Integer[]::new),
                rows.stream().map(r -> r.payload).toArray(String[]::new),
                rows.stream().map(r -> r.aggregateVersion).toArray(Long[]::new),
                rows.stream().map(r -> r.readModelVersion).toArray(Integer[]::new))).replaceWithVoid();
    }

    private static PortfolioRow portfolio(Row row) {
        PortfolioRow portfolio = new PortfolioRow();
        portfolio.clientId = row.getString("client_id");
        portfolio.tenantId = row.getString("tenant_id");
        portfolio.loanParts = row.getInteger("loan_parts");
        portfolio.payload = row.getString("payload");
        portfolio.aggregateVersion = row.getLong("aggregate_version");
        portfolio.readModelVersion = row.getInteger("read_model_version");
        return portfolio;
    }
}
