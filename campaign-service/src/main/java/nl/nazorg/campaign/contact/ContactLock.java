package nl.nazorg.campaign.contact;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import nl.nazorg.campaign.storage.SetStatements;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

/**
 * A transaction-scoped lock per client that orders "is this client's profile known?" between the signal consumer and
 * the profile consumer. Without it, a signal transaction could read "no contact" while a concurrent profile
 * transaction looks for waiting sends before the signal's row is committed, and that send would wait for a profile
 * that has already arrived. Taken for all clients of a poll before their contacts are read (signals) and before their
 * waiting sends are read (profiles), held until commit. Taken in hash order, so two polls cannot deadlock each other.
 */
@ApplicationScoped
public class ContactLock {

    /**
     * Two-int advisory locks in a key space of its own (2027, hash of the client id): apart from the Outbox's
     * one-bigint per-key locks and its relay leader lock (2026, 1122). OFFSET 0 keeps the planner from skipping the calls.
     */
    private static final String LOCK = """
            SELECT count(*) FROM (
                SELECT pg_advisory_xact_lock(2027, k.h) FROM (
                    SELECT DISTINCT hashtext(c) AS h FROM unnest($1::text[]) AS c ORDER BY h) AS k
                OFFSET 0) AS l""";

    /** Locks these clients until the transaction ends; waits while another transaction holds one of them. */
    public Uni<Void> lock(SqlConnection transaction, Collection<String> clientIds) {
        return SetStatements.execute(transaction, LOCK, clientIds.toArray(String[]::new));
    }
}
