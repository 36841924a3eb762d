package nl.nazorg.campaign.tracking;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

import static nl.nazorg.campaign.storage.SqlColumns.texts;
import static nl.nazorg.campaign.storage.SqlColumns.times;
import static nl.nazorg.campaign.storage.SqlColumns.uuids;

/** Stores the tracked links of a batch of e-mails with one multi-row insert, on the dispatcher's transaction. */
@ApplicationScoped
public class TrackedLinks {

    private static final String INSERT = """
            INSERT INTO tracked_link (token, tenant_id, campaign_id, variant, send_id, client_id, signal_id, link_id,
                                      destination, created_at, expires_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[],
                                 $8::text[], $9::text[], $10::timestamptz[], $11::timestamptz[])""";

    public Uni<Void> insert(SqlConnection transaction, List<LinkTarget> links) {
        if (links.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(INSERT).execute(Tuple.from(Arrays.<Object>asList(
                        texts(links, LinkTarget::token), texts(links, LinkTarget::tenantId),
                        uuids(links, LinkTarget::campaignId), texts(links, LinkTarget::variant),
                        uuids(links, LinkTarget::sendId), texts(links, LinkTarget::clientId),
                        texts(links, LinkTarget::signalId), texts(links, LinkTarget::linkId),
                        texts(links, LinkTarget::destination), times(links, LinkTarget::createdAt),
                        times(links, LinkTarget::expiresAt))))
                .replaceWithVoid();
    }
}
