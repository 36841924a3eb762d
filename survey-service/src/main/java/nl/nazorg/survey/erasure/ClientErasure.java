package nl.nazorg.survey.erasure;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import nl.nazorg.messaging.locking.AdvisoryLockQuery;
import nl.nazorg.survey.invitation.Invitation;
import nl.nazorg.survey.response.SurveyResponseRepository;

/**
 * Forgets a client within one firm: every response (saved or submitted) and every invitation, and remembers the
 * erasure so that nothing of the client is stored again.
 *
 * <p>Writers of a client's rows (a save or submission through the personal link, an invitation learned from
 * campaign-service) call {@link #erasedLocked} first in their transaction. It takes a shared transaction-scoped
 * advisory lock on (tenant, client) that the erasure takes exclusively, so a write either commits before the
 * erasure's deletes run (and is deleted with the rest) or starts after the erasure committed (and sees the marker).
 */
@ApplicationScoped
public class ClientErasure {

    private static final Logger LOG = Logger.getLogger(ClientErasure.class);

    // Two-int advisory locks live apart from the messaging library's one-bigint (topic, key) locks.
    private static final String LOCK = "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('nazorg.survey"
            + ".erasure'), hashtext(:tenant || '|' || :client))) AS l";
    private static final String LOCK_SHARED = "SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared(hashtext("
            + "'nazorg.survey.erasure'), hashtext(:tenant || '|' || :client))) AS l";

    @Inject
    SurveyResponseRepository responses;

    /** Runs in the caller's transaction (the idempotent consumer's). */
    public Uni<Void> erase(String tenantId, String clientId) {
        return lock(LOCK, tenantId, clientId)
                .chain(() -> ErasedClient.<ErasedClient>findById(ErasedClient.idOf(tenantId, clientId)))
                .chain(marker -> marker != null ? Uni.createFrom().voidItem() : remember(tenantId, clientId))
                .chain(() -> responses.deleteOfClient(tenantId, clientId))
                .chain(deletedResponses -> Invitation.delete("tenantId = ?1 and clientId = ?2", tenantId, clientId)
                        // Counts only: no client id in the log (DESIGN.md §8).
                        .invoke(deletedInvitations -> LOG.infof("erased a client of tenant %s: %d responses, "
                                + "%d invitations", tenantId, deletedResponses, deletedInvitations)))
                .replaceWithVoid();
    }

    /** Whether the client was erased, holding the shared lock until the caller's transaction ends. */
    public Uni<Boolean> erasedLocked(String tenantId, String clientId) {
        return lock(LOCK_SHARED, tenantId, clientId).chain(() -> erased(tenantId, clientId));
    }

    /** Whether the client was erased; for readers, which need no lock. */
    public Uni<Boolean> erased(String tenantId, String clientId) {
        return ErasedClient.count("id", ErasedClient.idOf(tenantId, clientId)).map(count -> count > 0);
    }

    private static Uni<Void> remember(String tenantId, String clientId) {
        ErasedClient marker = new ErasedClient();
        marker.id = ErasedClient.idOf(tenantId, clientId);
        marker.tenantId = tenantId;
        marker.clientId = clientId;
        marker.erasedAt = Instant.now();
        // Flushed now, so that the bulk deletes after it run against a session without pending changes.
        return marker.persistAndFlush().replaceWithVoid();
    }

    private static Uni<Void> lock(String sql, String tenantId, String clientId) {
        return AdvisoryLockQuery.lock(sql, Map.of("tenant", tenantId, "client", clientId));
    }
}
