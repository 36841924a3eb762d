package nl.nazorg.campaign.contact;

import java.util.Map;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.messaging.locking.AdvisoryLockQuery;

/**
 * A transaction-scoped lock per client that orders "is this client's profile known?" between the signal consumer and
 * the profile consumer. Without it, a signal transaction could read "no contact" while a concurrent profile
 * transaction looks for waiting sends before the signal's row is committed, and that send would wait for a profile
 * that has already arrived. Taken before the contact is read (signals) and before waiting sends are read (profiles),
 * held until commit; one client per transaction, so two holders cannot deadlock each other.
 */
@ApplicationScoped
public class ContactLock {

    /**
     * Two-int advisory lock in a key space of its own (2027, hash of the client id): apart from the Outbox's one-bigint
     * per-key locks and its relay leader lock (2026, 1122). OFFSET 0 keeps the planner from skipping the call.
     */
    private static final String LOCK = """
            SELECT count(*) FROM (SELECT pg_advisory_xact_lock(2027, hashtext(:clientId)) OFFSET 0) AS l""";

    /** Locks the client until the current transaction ends; waits while another transaction holds it. */
    public Uni<Void> lock(String clientId) {
        return AdvisoryLockQuery.lock(LOCK, Map.of("clientId", clientId));
    }
}
