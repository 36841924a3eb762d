package nl.nazorg.campaign.mail;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendLogRows;
import nl.nazorg.campaign.send.SendPlanner;
import nl.nazorg.campaign.send.SendStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.nazorg.campaign.storage.SqlColumns.instant;

/**
 * Claims due sends for this dispatcher (SKIP LOCKED, with a lease so a crashed instance's claims come back; the
 * attempt it counts is the fencing token of the result) and applies the frequency cap once more, in one transaction
 * of the reactive PostgreSQL client that commits on its own: if preparing fails, the lease brings the sends back.
 * {@link MailPreparation} turns them into e-mails.
 */
@ApplicationScoped
public class SendClaims {

    /**
     * Due sends, and sends whose lease ran out (a crashed or stalled dispatcher's), each found through its own index
     * (an OR of the two made PostgreSQL read the whole send log at every claim).
     */
    private static final String CLAIM = """
            WITH expired AS (SELECT send_id FROM send_log WHERE status = 'SENDING' AND lease_until < now()
                             LIMIT $2 FOR UPDATE SKIP LOCKED),
                 due AS (SELECT send_id FROM send_log WHERE status = 'PENDING' AND next_attempt_at <= now()
                         ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
            UPDATE send_log SET status = 'SENDING', lease_until = now() + make_interval(secs => $1), attempts = attempts + 1,
                                first_attempt_at = coalesce(first_attempt_at, now())
            WHERE send_id IN (SELECT send_id FROM expired UNION ALL SELECT send_id FROM due LIMIT $2)
            RETURNING *""";

    /**
     * The frequency cap once more, for the MARKETING sends just claimed: a send is over the cap when as many MARKETING
     * e-mails of its client in the window (sent or on their way) were planned before it. Planning counted the same, but
     * two plannings of one client in separate transactions (a selection launch and a signal poll) cannot see each
     * other; the order "planned before" makes every dispatcher decide the same.
     */
    private static final String OVER_CAP = """
            UPDATE send_log s SET status = 'SUPPRESSED', suppression = 'FREQUENCY_CAP', lease_until = NULL
            WHERE s.send_id = ANY($1::uuid[]) AND s.message_class = 'MARKETING'
              AND (SELECT count(*) FROM send_log o
                   WHERE o.tenant_id = s.tenant_id AND o.client_id = s.client_id AND o.message_class = 'MARKETING'
                     AND o.status = ANY($2::text[]) AND o.created_at > now() - make_interval(secs => $3)
                     AND (o.created_at, o.send_id) < (s.created_at, s.send_id)) >= $4
            RETURNING s.send_id""";

    private static final String[] COUNTED = SendPlanner.COUNTED.stream().map(Enum::name).toArray(String[]::new);

    @Inject
    CampaignConfig config;

    @Inject
    MailPreparation preparation;

    @Inject
    Pool pool;

    public Uni<List<OutgoingMail>> claim(int batchSize) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM)
                        .execute(Tuple.of((double) config.dispatch().lease().toSeconds(), batchSize))
                        .map(SendClaims::claimed)
                        .chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(claimed)
                                : withinCap(connection, claimed)))
                .chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(List.<OutgoingMail>of())
                        : preparation.prepare(claimed));
    }

    /** The claimed sends that the cap lets through; the others are SUPPRESSED (FREQUENCY_CAP). */
    private Uni<List<SendLog>> withinCap(SqlConnection connection, List<SendLog> claimed) {
        return connection.preparedQuery(OVER_CAP).execute(Tuple.of(
                        claimed.stream().map(send -> send.sendId).toArray(UUID[]::new), COUNTED,
                        (double) config.frequencyCap().window().toSeconds(), config.frequencyCap().maxMarketingEmails()))
                .map(rows -> {
                    Set<UUID> capped = new HashSet<>();
                    rows.forEach(row -> capped.add(row.getUUID(0)));
                    return claimed.stream().filter(send -> !capped.contains(send.sendId)).toList();
                });
    }

    /** A claimed row as the preparation needs it; not a managed entity. */
    private static List<SendLog> claimed(RowSet<Row> rows) {
        List<SendLog> claimed = new ArrayList<>();
        rows.forEach(row -> {
            SendLog send = SendLogRows.send(row);
            send.status = SendStatus.SENDING;
            send.attempts = row.getInteger("attempts");
            send.firstAttemptAt = instant(row, "first_attempt_at");
            claimed.add(send);
        });
        return claimed;
    }
}
