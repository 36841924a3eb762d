package nl.nazorg.campaign.mail;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Renews the leases of claimed sends that this dispatcher still holds, fenced like their results: only a send that is
 * still SENDING under the attempt its claim made is renewed. One statement for all of them.
 */
@ApplicationScoped
public class SendLeases {

    private static final String RENEW = """
            UPDATE send_log s SET lease_until = now() + make_interval(secs => $1)
            FROM unnest($2::uuid[], $3::int[]) AS k(send_id, attempts)
            WHERE s.send_id = k.send_id AND s.status = 'SENDING' AND s.attempts = k.attempts
            RETURNING s.send_id""";

    @Inject
    CampaignConfig config;

    @Inject
    Pool pool;

    /** @return the sends whose lease was renewed; any other was recorded meanwhile or is no longer ours */
    public Uni<Set<UUID>> renew(Collection<OutgoingMail> held) {
        Tuple columns = Tuple.of((double) config.dispatch().lease().toSeconds(),
                held.stream().map(OutgoingMail::sendId).toArray(UUID[]::new),
                held.stream().map(OutgoingMail::attempt).toArray(Integer[]::new));
        return pool.preparedQuery(RENEW).execute(columns).map(rows -> {
            Set<UUID> renewed = new HashSet<>();
            rows.forEach(row -> renewed.add(row.getUUID(0)));
            return renewed;
        });
    }
}
