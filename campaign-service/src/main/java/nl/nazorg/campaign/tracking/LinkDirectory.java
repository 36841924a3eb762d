package nl.nazorg.campaign.tracking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static nl.nazorg.campaign.storage.SqlColumns.instant;

/**
 * Where tracked links lead, from memory (DESIGN.md §12): links are remembered when their e-mail is prepared and when a
 * click had to read one, so a click needs no query. Memory is only trusted while this instance hears erasures
 * ({@link LinkErasureListener}): an erased client's links are forgotten when the erasure commits, every link when the
 * listening connection was lost (an erasure may have been missed), and each link after
 * {@link CampaignConfig.LinkMemory#expiry()} whatever happens. A link not in memory costs one primary-key query.
 */
@ApplicationScoped
public class LinkDirectory {

    private static final String FIND = """
            SELECT token, tenant_id, campaign_id, variant, send_id, client_id, signal_id, link_id, destination,
                   created_at, expires_at
            FROM tracked_link WHERE token = $1""";

    @Inject
    CampaignConfig config;

    @Inject
    Pool pool;

    private Cache<String, LinkTarget> memory;
    private volatile boolean trusted;
    /** Moves on at every forgetting, so a read that raced an erasure is not remembered. */
    private final AtomicLong forgettings = new AtomicLong();

    @PostConstruct
    void create() {
        memory = Caffeine.newBuilder().maximumSize(config.linkMemory().maxLinks())
                .expireAfterWrite(config.linkMemory().expiry()).build();
    }

    /** The link with this random part if memory holds it and may be trusted; null otherwise (then {@link #read}). */
    public LinkTarget remembered(String token) {
        return trusted ? memory.getIfPresent(token) : null;
    }

    /**
     * The link with this random part read from the database (after {@link #remembered} had none), remembered for the
     * next click; empty when there is none (never was, or its client was erased).
     */
    public Uni<Optional<LinkTarget>> read(String token) {
        long before = forgettings.get();
        return pool.preparedQuery(FIND).execute(Tuple.of(token)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            LinkTarget target = target(rows.iterator().next());
            rememberSince(before, List.of(target));
            return Optional.of(target);
        });
    }

    /** The current generation, to pass to {@link #rememberSince} when the links are known. */
    public long generation() {
        return forgettings.get();
    }

    /** Remembers links written after {@code generation} was read, unless something was forgotten since. */
    public void rememberSince(long generation, Collection<LinkTarget> links) {
        if (!trusted || forgettings.get() != generation) {
            return;
        }
        links.forEach(link -> memory.put(link.token(), link));
        if (forgettings.get() != generation) {
            forget(links.stream().map(LinkTarget::clientId).toList());
        }
    }

    /** Forgets every link of these clients (an erasure, on this or another instance). */
    public void forget(Collection<String> clientIds) {
        Set<String> erased = Set.copyOf(clientIds);
        forgettings.incrementAndGet();
        memory.asMap().values().removeIf(link -> erased.contains(link.clientId()));
    }

    /** Memory is trusted from now on (listening to erasures), or not until told again (not listening). */
    void trust(boolean listening) {
        forgettings.incrementAndGet();
        memory.invalidateAll();
        trusted = listening;
    }

    private static LinkTarget target(Row row) {
        return new LinkTarget(row.getString("token"), row.getString("tenant_id"), row.getUUID("campaign_id"),
                row.getString("variant"), row.getUUID("send_id"), row.getString("client_id"),
                row.getString("signal_id"), row.getString("link_id"), row.getString("destination"),
                instant(row, "created_at"), instant(row, "expires_at"));
    }
}
