package nl.nazorg.campaign.tracking;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An erased client's tracked links go in the erasure's transaction, and every instance hears of it when it commits
 * (PostgreSQL NOTIFY on {@link #CHANNEL}, payload: client ids one per line, in chunks below NOTIFY's 8,000-byte
 * limit), so its links answer like unknown ones at once.
 */
@ApplicationScoped
public class LinkErasures {

    static final String CHANNEL = "tracked_link_erased";
    private static final int PAYLOAD_CHARS = 7_000;

    private static final String DELETE = "DELETE FROM tracked_link WHERE client_id = ANY($1::text[])";
    private static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', chunk) FROM unnest($1::text[]) AS chunk";

    public Uni<Void> erase(SqlConnection transaction, Collection<String> clientIds) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] ids = clientIds.toArray(String[]::new);
        return transaction.preparedQuery(DELETE).execute(Tuple.of(ids))
                .chain(() -> transaction.preparedQuery(NOTIFY).execute(Tuple.of((Object) chunks(clientIds))))
                .replaceWithVoid();
    }

    static String[] chunks(Collection<String> clientIds) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String id : clientIds) {
            if (!chunk.isEmpty() && chunk.length() + 1 + id.length() > PAYLOAD_CHARS) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.isEmpty() ? "" : "\n").append(id);
        }
        chunks.add(chunk.toString());
        return chunks.toArray(String[]::new);
    }
}
