package nl.nazorg.signal.projection.repository;

import java.util.Collection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Deletes erased clients' profile, portfolio, loan-part and survey rows, each of its own tenant only. */
public final class ProjectionErasure {

    private static final String DELETE = """
            WITH erased AS (SELECT * FROM unnest($1::text[], $2::text[]) AS e(tenant_id, client_id)),
                 profiles AS (DELETE FROM client_profile t USING erased e
                              WHERE t.client_id = e.client_id AND t.tenant_id = e.tenant_id),
                 portfolios AS (DELETE FROM client_portfolio t USING erased e
                                WHERE t.client_id = e.client_id AND t.tenant_id = e.tenant_id),
                 loan_parts AS (DELETE FROM loan_part t USING erased e
                                WHERE t.client_id = e.client_id AND t.tenant_id = e.tenant_id)
            DELETE FROM client_survey t USING erased e WHERE t.client_id = e.client_id AND t.tenant_id = e.tenant_id""";

    private ProjectionErasure() {
    }

    public static Uni<Void> delete(SqlConnection transaction, Collection<ClientKey> clients) {
        if (clients.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(DELETE).execute(Tuple.of(
                clients.stream().map(ClientKey::tenantId).toArray(String[]::new),
                clients.stream().map(ClientKey::clientId).toArray(String[]::new))).replaceWithVoid();
    }
}
