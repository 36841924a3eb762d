package nl.nazorg.survey.invitation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.survey.erasure.ClientErasure;
import nl.nazorg.survey.erasure.ClientKey;

/**
 * Remembers the survey invitations of a poll's EmailSent events, in the poll's transaction: the clients' erasure
 * locks taken (shared) in one statement, then one multi-row insert that leaves out erased clients and invitations
 * already known. campaign-events.v1 is not ordered with client-profiles.v1, so an invitation may arrive after its
 * client's erasure; the lock makes an erasure in flight either finish first (the marker is seen) or wait.
 */
@ApplicationScoped
public class SentInvitationLog {

    private static final String REMEMBER = """
            INSERT INTO invitation (id, tenant_id, send_id, campaign_id, survey_id, client_id, sent_at)
            SELECT i.tenant_id || '|' || i.send_id, i.tenant_id, i.send_id, i.campaign_id, i.survey_id, i.client_id,
                   i.sent_at
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
                WITH ORDINALITY AS i(tenant_id, send_id, campaign_id, survey_id, client_id, sent_at, ord)
            WHERE NOT EXISTS (SELECT 1 FROM erased_client e WHERE e.id = i.tenant_id || '|' || i.client_id)
            ORDER BY i.ord
            ON CONFLICT (id) DO NOTHING""";

    @Inject
    ClientErasure erasure;

    /** @param sent survey invitations only (a {@code surveyId}), their tenant checked */
    public Uni<Void> rememberAll(SqlConnection transaction, List<EmailSent> sent) {
        if (sent.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple columns = Tuple.tuple()
                .addArrayOfString(sent.stream().map(EmailSent::tenantId).toArray(String[]::new))
                .addArrayOfString(sent.stream().map(EmailSent::sendId).toArray(String[]::new))
                .addArrayOfString(sent.stream().map(EmailSent::campaignId).toArray(String[]::new))
                .addArrayOfString(sent.stream().map(EmailSent::surveyId).toArray(String[]::new))
                .addArrayOfString(sent.stream().map(EmailSent::clientId).toArray(String[]::new))
                .addArrayOfOffsetDateTime(sent.stream().map(SentInvitationLog::timestamp).toArray(OffsetDateTime[]::new));
        List<ClientKey> clients = sent.stream().map(s -> new ClientKey(s.tenantId(), s.clientId())).toList();
        return erasure.lockAgainstErasure(transaction, clients)
                .chain(() -> transaction.preparedQuery(REMEMBER).execute(columns))
                .replaceWithVoid();
    }

    private static OffsetDateTime timestamp(EmailSent sent) {
        return sent.sentAt() == null ? null : sent.sentAt().atOffset(ZoneOffset.UTC);
    }
}
