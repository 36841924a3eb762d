package nl.nazorg.campaign.signal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.campaign.storage.SetStatements;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static nl.nazorg.campaign.storage.SqlColumns.enumOf;

/** Reads stored signals for the consumers in one statement, on the consumer's transaction (not managed entities). */
@ApplicationScoped
public class KnownSignals {

    private static final String BY_ID = "SELECT * FROM known_signal WHERE signal_id = ANY($1::text[])";

    /** Also locks the rows, in key order, so that two polls writing the same signals cannot deadlock. */
    private static final String BY_ID_FOR_UPDATE = BY_ID + " ORDER BY signal_id FOR UPDATE";

    /** @return signal id → stored signal, for those stored */
    public Uni<Map<String, KnownSignal>> byId(SqlConnection transaction, Collection<String> signalIds) {
        return read(transaction, BY_ID, signalIds);
    }

    /** {@link #byId}, the rows locked until the transaction ends. */
    public Uni<Map<String, KnownSignal>> lockById(SqlConnection transaction, Collection<String> signalIds) {
        return read(transaction, BY_ID_FOR_UPDATE, signalIds);
    }

    private static Uni<Map<String, KnownSignal>> read(SqlConnection transaction, String sql, Collection<String> ids) {
        return SetStatements.select(transaction, sql, ids.toArray(String[]::new), KnownSignals::signal)
                .map(signals -> signals.stream().collect(Collectors.toMap(s -> s.signalId, Function.identity())));
    }

    private static KnownSignal signal(Row row) {
        KnownSignal signal = new KnownSignal();
        signal.signalId = row.getString("signal_id");
        signal.tenantId = row.getString("tenant_id");
        signal.clientId = row.getString("client_id");
        signal.aggregateVersion = row.getLong("aggregate_version");
        signal.type = enumOf(row, "type", SignalType.class);
        signal.messageClass = enumOf(row, "message_class", MessageClass.class);
        signal.deduplicationKey = row.getString("deduplication_key");
        signal.open = Boolean.TRUE.equals(row.getBoolean("open"));
        signal.dueDate = row.getLocalDate("due_date");
        signal.figuresJson = row.getString("figures_json");
        signal.inputsJson = row.getString("inputs_json");
        return signal;
    }
}
