package nl.nazorg.survey.erasure;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.messaging.locking.AdvisoryLockQuery;

/**
 * Forgets clients within their firm: every response (saved or submitted) and every invitation, and remembers the
 * erasure ({@link ErasedClient}) so that nothing of the client is stored again.
 *
 * <p>Writers of a client's rows (a save or submission through the personal link, invitations learned from
 * campaign-service) take a shared transaction-scoped advisory lock on (tenant, client) first in their transaction
 * ({@link #erasedLocked}, {@link #lockAgainstErasure}); the erasure takes it exclusively, so a write either commits
 * before the erasure's deletes run (and is deleted with the rest) or starts after the erasure committed (and sees the
 * marker). Batches take their locks in hash order, so two batches cannot deadlock each other.
 */
@ApplicationScoped
public class ClientErasure {

    private static final Logger LOG = Logger.getLogger(ClientErasure.class);

    // Two-int advisory locks live apart from the messaging library's one-bigint (topic, key) locks. The key is the
    // same in the one-client form (REST, Hibernate) and the batch form (consumers, reactive client).
    private static final String LOCK_SHARED = "SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared(hashtext("
            + "'nazorg.survey.erasure'), hashtext(:tenant || '|' || :client))) AS l";

    private static final String LOCK_ALL = """
            SELECT count(*) FROM (
                SELECT %s(hashtext('nazorg.survey.erasure'), k.h) FROM (
                    SELECT DISTINCT hashtext(u.tenant_id || '|' || u.client_id) AS h
                    FROM unnest($1::text[], $2::text[]) AS u(tenant_id, client_id)
                    ORDER BY h) AS k
                OFFSET 0) AS l""";

    private static final String LOCK_ALL_EXCLUSIVE = LOCK_ALL.formatted("pg_advisory_xact_lock");

    private static final String LOCK_ALL_SHARED = LOCK_ALL.formatted("pg_advisory_xact_lock_shared");

    private static final String REMEMBER = """
            INSERT INTO erased_client (id, tenant_id, client_id, erased_at)
            SELECT u.tenant_id || '|' || u.client_id, u.tenant_id, u.client_id, now()
            FROM unnest($1::text[], $2::text[]) AS u(tenant_id, client_id)
            ON CONFLICT (id) DO NOTHING""";

    private static final String DELETE_OF_CLIENTS = """
            DELETE FROM %s WHERE (tenant_id, client_id) IN (
                SELECT u.tenant_id, u.client_id FROM unnest($1::text[], $2::text[]) AS u(tenant_id, client_id))""";

    /**
     * Erases the clients in the caller's transaction (a batch consumer's): the locks, the markers (an erasure already
     * remembered keeps its first time), then one delete per table.
     */
    public Uni<Void> eraseAll(SqlConnection transaction, Collection<ClientKey> clients) {
        Tuple keys = keys(clients);
        return execute(transaction, LOCK_ALL_EXCLUSIVE, keys)
                .chain(() -> execute(transaction, REMEMBER, keys))
                .chain(() -> execute(transaction, DELETE_OF_CLIENTS.formatted("survey_response"), keys))
                .chain(responses -> execute(transaction, DELETE_OF_CLIENTS.formatted("invitation"), keys)
                        // Counts only: no client id in the log (DESIGN.md §8).
                        .invoke(invitations -> LOG.infof("erased %d clients: %d responses, %d invitations",
                                keys.getArrayOfStrings(0).length, responses, invitations)))
                .replaceWithVoid();
    }

    /**
     * Takes the shared locks of these clients until the caller's transaction ends, for a batch that writes their
     * rows: it then reads the markers ({@code erased_client}) knowing that no erasure of them is in flight.
     */
    public Uni<Void> lockAgainstErasure(SqlConnection transaction, Collection<ClientKey> clients) {
        return execute(transaction, LOCK_ALL_SHARED, keys(clients)).replaceWithVoid();
    }

    /** Whether the client was erased, holding the shared lock until the caller's transaction ends. */
    public Uni<Boolean> erasedLocked(String tenantId, String clientId) {
        return AdvisoryLockQuery.lock(LOCK_SHARED, Map.of("tenant", tenantId, "client", clientId))
                .chain(() -> erased(tenantId, clientId));
    }

    /** Whether the client was erased; for readers, which need no lock. */
    public Uni<Boolean> erased(String tenantId, String clientId) {
        return ErasedClient.count("id", ErasedClient.idOf(tenantId, clientId)).map(count -> count > 0);
    }

    private static Tuple keys(Collection<ClientKey> clients) {
        List<ClientKey> distinct = clients.stream().distinct().toList();
        return Tuple.of(distinct.stream().map(ClientKey::tenantId).toArray(String[]::new),
                distinct.stream().map(ClientKey::clientId).toArray(String[]::new));
    }

    private static Uni<Integer> execute(SqlConnection transaction, String sql, Tuple keys) {
        return transaction.preparedQuery(sql).execute(keys).map(rows -> rows.rowCount());
    }
}
