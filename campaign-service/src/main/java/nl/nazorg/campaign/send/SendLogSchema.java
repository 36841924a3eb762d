package nl.nazorg.campaign.send;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps send_log's status check in step with {@link SendStatus}. Hibernate's schema update adds tables and columns
 * but leaves the check it once wrote for an enum column alone, so a send_log created before AWAITING_PROFILE would
 * refuse that status, and with it every signal for a client whose profile has not arrived yet. Runs at startup,
 * before the consumers start; does nothing on a new database or when the check already allows every status.
 */
@ApplicationScoped
public class SendLogSchema {

    private static final Logger LOG = Logger.getLogger(SendLogSchema.class);
    private static final String CHECK = "send_log_status_check";
    private static final String CURRENT = "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
            + "WHERE conrelid = to_regclass('send_log') AND conname = '" + CHECK + "'";

    @Inject
    Pool pool;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 500) StartupEvent event) {
        widenStatusCheck();
    }

    /** Widens the check where it lacks a status; safe to call again. */
    public void widenStatusCheck() {
        pool.withTransaction(connection -> connection.query(CURRENT).execute().chain(rows -> {
            Optional<String> widening = widening(rows.size() == 0 ? null : rows.iterator().next().getString(0));
            widening.ifPresent(sql -> LOG.infof("send_log: widening %s to every SendStatus", CHECK));
            return widening.map(sql -> connection.query(sql).execute().replaceWithVoid())
                    .orElseGet(() -> Uni.createFrom().voidItem());
        })).await().indefinitely();
    }

    /**
     * @param current the check's definition as PostgreSQL prints it; null when there is none (no table yet)
     * @return the statement that replaces it by one allowing every status, or empty when nothing is missing. NOT VALID:
     * the new set contains the old one, so the rows need no scan under the table lock.
     */
    static Optional<String> widening(String current) {
        if (current == null || Arrays.stream(SendStatus.values()).allMatch(status -> current.contains("'" + status.name() + "'"))) {
            return Optional.empty();
        }
        String allowed = Arrays.stream(SendStatus.values()).map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        return Optional.of("ALTER TABLE send_log DROP CONSTRAINT " + CHECK + ", ADD CONSTRAINT " + CHECK
                + " CHECK (status IN (" + allowed + ")) NOT VALID");
    }
}
