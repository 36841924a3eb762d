package nl.nazorg.campaign.send;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.campaign.storage.SetStatements;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;

import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.nazorg.campaign.storage.SqlColumns.enumOf;
import static nl.nazorg.campaign.storage.SqlColumns.instant;
import static nl.nazorg.campaign.storage.SqlColumns.names;
import static nl.nazorg.campaign.storage.SqlColumns.texts;
import static nl.nazorg.campaign.storage.SqlColumns.time;
import static nl.nazorg.campaign.storage.SqlColumns.times;
import static nl.nazorg.campaign.storage.SqlColumns.uuids;

/**
 * The send log as the consumers read and write it: a poll's rows in one statement each, on the consumer's
 * transaction of the reactive PostgreSQL client.
 */
@ApplicationScoped
public class SendLogRows {

    /** One row per (campaign, client, signal): what send_log_once holds. */
    public record SendKey(UUID campaignId, String clientId, String signalKey) {
        public static SendKey of(SendLog send) {
            return new SendKey(send.campaignId, send.clientId, send.signalKey);
        }
    }

    private static final String EXISTING = """
            SELECT s.campaign_id, s.client_id, s.signal_key FROM send_log s
            JOIN unnest($1::uuid[], $2::text[], $3::text[]) AS k(campaign_id, client_id, signal_key)
              ON s.campaign_id = k.campaign_id AND s.client_id = k.client_id AND s.signal_key = k.signal_key""";

    private static final String MARKETING_IN_WINDOW = """
            SELECT s.tenant_id, s.client_id, count(*) FROM send_log s
            JOIN (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS k(tenant_id, client_id)) k
              ON s.tenant_id = k.tenant_id AND s.client_id = k.client_id
            WHERE s.message_class = 'MARKETING' AND s.status = ANY($3::text[]) AND s.created_at > $4
            GROUP BY s.tenant_id, s.client_id""";

    private static final String INSERT = """
            INSERT INTO send_log (send_id, tenant_id, campaign_id, client_id, signal_id, signal_key, signal_type,
                                  template_id, variant, survey_id, message_class, legal_basis, status, suppression,
                                  task_reason, next_attempt_at, unsubscribe_token, created_at, attempts)
            SELECT *, 0 FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[],
                                    $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[],
                                    $14::text[], $15::text[], $16::timestamptz[], $17::text[], $18::timestamptz[])
            ON CONFLICT DO NOTHING
            RETURNING send_id""";

    /** FOR UPDATE: a row the expiry suppressed meanwhile no longer matches and is left alone. */
    private static final String AWAITING_PROFILE = """
            SELECT s.* FROM send_log s
            JOIN (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS k(tenant_id, client_id)) k
              ON s.tenant_id = k.tenant_id AND s.client_id = k.client_id
            WHERE s.status = 'AWAITING_PROFILE'
            ORDER BY s.created_at, s.send_id
            FOR UPDATE OF s""";

    private static final String DECIDE = """
            UPDATE send_log s SET status = d.status, legal_basis = d.legal_basis, suppression = d.suppression,
                                  task_reason = d.task_reason, next_attempt_at = d.next_attempt_at
            FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
                 AS d(send_id, status, legal_basis, suppression, task_reason, next_attempt_at)
            WHERE s.send_id = d.send_id AND s.status = 'AWAITING_PROFILE'""";

    private static final String SUPPRESS_CLIENTS_WAITING = """
            UPDATE send_log SET status = 'SUPPRESSED', suppression = 'NO_PROFILE'
            WHERE client_id = ANY($1::text[]) AND status = 'AWAITING_PROFILE'""";

    private static final String SUPPRESS_UNSENT_OF_SIGNALS = """
            UPDATE send_log SET status = 'SUPPRESSED', suppression = 'SIGNAL_CLOSED'
            WHERE signal_id = ANY($1::text[]) AND status IN ('PENDING', 'AWAITING_APPROVAL', 'AWAITING_PROFILE')""";

    /** @return those of the keys the send log already holds */
    public Uni<Set<SendKey>> existing(SqlConnection transaction, Collection<SendKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return transaction.preparedQuery(EXISTING).execute(Tuple.of(uuids(keys, SendKey::campaignId),
                        texts(keys, SendKey::clientId), texts(keys, SendKey::signalKey)))
                .map(rows -> {
                    Set<SendKey> found = new HashSet<>();
                    rows.forEach(row -> found.add(new SendKey(row.getUUID(0), row.getString(1), row.getString(2))));
                    return found;
                });
    }

    /** The frequency cap's count for these clients: MARKETING e-mails sent or on their way since {@code since}. */
    public Uni<FrequencyWindow> marketingSince(SqlConnection transaction, Collection<FrequencyWindow.ClientKey> clients,
                                               Instant since) {
        if (clients.isEmpty()) {
            return Uni.createFrom().item(new FrequencyWindow(Map.of()));
        }
        return transaction.preparedQuery(MARKETING_IN_WINDOW).execute(Tuple.of(
                        texts(clients, FrequencyWindow.ClientKey::tenantId), texts(clients, FrequencyWindow.ClientKey::clientId),
                        SendPlanner.COUNTED.stream().map(Enum::name).toArray(String[]::new), time(since)))
                .map(rows -> {
                    Map<FrequencyWindow.ClientKey, Long> counted = new HashMap<>();
                    rows.forEach(row -> counted.put(new FrequencyWindow.ClientKey(row.getString(0), row.getString(1)),
                            row.getLong(2)));
                    return new FrequencyWindow(counted);
                });
    }

    /** @return the ids of the rows written; a row whose key another transaction wrote first is left out */
    public Uni<Set<UUID>> insert(SqlConnection transaction, List<SendLog> sends) {
        if (sends.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return transaction.preparedQuery(INSERT).execute(Tuple.from(Arrays.<Object>asList(
                        uuids(sends, s -> s.sendId), texts(sends, s -> s.tenantId), uuids(sends, s -> s.campaignId),
                        texts(sends, s -> s.clientId), texts(sends, s -> s.signalId), texts(sends, s -> s.signalKey),
                        names(sends, s -> s.signalType), texts(sends, s -> s.templateId), texts(sends, s -> s.variant),
                        texts(sends, s -> s.surveyId), names(sends, s -> s.messageClass), names(sends, s -> s.legalBasis),
                        names(sends, s -> s.status), names(sends, s -> s.suppression), names(sends, s -> s.taskReason),
                        times(sends, s -> s.nextAttemptAt), texts(sends, s -> s.unsubscribeToken),
                        times(sends, s -> s.createdAt))))
                .map(rows -> {
                    Set<UUID> written = new HashSet<>();
                    rows.forEach(row -> written.add(row.getUUID(0)));
                    return written;
                });
    }

    /** The sends of these clients that wait for the profile, oldest first, locked until the transaction ends. */
    public Uni<List<SendLog>> awaitingProfile(SqlConnection transaction, Collection<FrequencyWindow.ClientKey> clients) {
        if (clients.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return transaction.preparedQuery(AWAITING_PROFILE).execute(Tuple.of(
                        texts(clients, FrequencyWindow.ClientKey::tenantId), texts(clients, FrequencyWindow.ClientKey::clientId)))
                .map(rows -> {
                    List<SendLog> sends = new ArrayList<>();
                    rows.forEach(row -> sends.add(send(row)));
                    return sends;
                });
    }

    /** Writes the decisions made on waiting sends (status, legal basis, reasons, due time) in one statement. */
    public Uni<Void> decided(SqlConnection transaction, List<SendLog> sends) {
        if (sends.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(DECIDE).execute(Tuple.from(Arrays.<Object>asList(
                uuids(sends, s -> s.sendId), names(sends, s -> s.status), names(sends, s -> s.legalBasis),
                names(sends, s -> s.suppression), names(sends, s -> s.taskReason), times(sends, s -> s.nextAttemptAt))))
                .replaceWithVoid();
    }

    /** An erased client's profile will not come: its waiting sends are suppressed as NO_PROFILE. */
    public Uni<Void> suppressWaiting(SqlConnection transaction, Collection<String> clientIds) {
        return SetStatements.execute(transaction, SUPPRESS_CLIENTS_WAITING, clientIds.toArray(String[]::new));
    }

    /** Signals that no longer hold take their unsent e-mails with them (SIGNAL_CLOSED). */
    public Uni<Void> suppressUnsent(SqlConnection transaction, Collection<String> signalIds) {
        return SetStatements.execute(transaction, SUPPRESS_UNSENT_OF_SIGNALS, signalIds.toArray(String[]::new));
    }

    /**
     * The columns a decision or an event needs (identity, what it is for, how it was split) from a row that has them
     * all (e.g. {@code RETURNING *}); not a managed entity.
     */
    public static SendLog send(Row row) {
        SendLog send = new SendLog();
        send.sendId = row.getUUID("send_id");
        send.tenantId = row.getString("tenant_id");
        send.campaignId = row.getUUID("campaign_id");
        send.clientId = row.getString("client_id");
        send.signalId = row.getString("signal_id");
        send.signalKey = row.getString("signal_key");
        send.signalType = enumOf(row, "signal_type", SignalType.class);
        send.templateId = row.getString("template_id");
        send.variant = row.getString("variant");
        send.surveyId = row.getString("survey_id");
        send.messageClass = enumOf(row, "message_class", MessageClass.class);
        send.unsubscribeToken = row.getString("unsubscribe_token");
        send.createdAt = instant(row, "created_at");
        return send;
    }
}
