package nl.nazorg.campaign.signal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import nl.nazorg.messaging.staleness.AggregateVersion;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.nazorg.campaign.storage.SqlColumns.names;
import static nl.nazorg.campaign.storage.SqlColumns.texts;

/**
 * Applies the signal events (state-carried) of a poll to {@link KnownSignal}: the stored rows read and locked in one
 * statement, the events applied in poll order in memory (stale versions change nothing), the newest state per signal
 * written with one multi-row upsert whose version guard also protects against a concurrent newer write.
 */
@ApplicationScoped
public class SignalProjection {

    private static final String UPSERT = """
            INSERT INTO known_signal AS k (signal_id, tenant_id, client_id, type, message_class, deduplication_key, open,
                                           due_date, figures_json, inputs_json, aggregate_version)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[],
                                 $8::date[], $9::text[], $10::text[], $11::bigint[])
                     AS s(signal_id, tenant_id, client_id, type, message_class, deduplication_key, open, due_date,
                          figures_json, inputs_json, aggregate_version)
            ORDER BY signal_id
            ON CONFLICT (signal_id) DO UPDATE SET
                client_id = excluded.client_id, type = excluded.type, message_class = excluded.message_class,
                deduplication_key = excluded.deduplication_key, open = excluded.open, due_date = excluded.due_date,
                figures_json = excluded.figures_json, inputs_json = excluded.inputs_json,
                aggregate_version = excluded.aggregate_version
            WHERE k.tenant_id = excluded.tenant_id
              AND (k.aggregate_version IS NULL OR k.aggregate_version < excluded.aggregate_version)""";

    @Inject
    KnownSignals known;

    @Inject
    ObjectMapper json;

    /**
     * @param events the poll's signal events, in poll order
     * @return each event with the signal as it stood after it
     * @throws PoisonRecordException (as a failed Uni) when a signal belongs to another tenant than the event's
     */
    public Uni<List<SignalChange>> apply(SqlConnection transaction, List<SignalEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = events.stream().map(SignalEvent::signalId).distinct().toList();
        return known.lockById(transaction, ids).chain(stored -> {
            Map<String, KnownSignal> current = new HashMap<>(stored);
            Map<String, KnownSignal> changed = new LinkedHashMap<>();
            List<SignalChange> changes = new ArrayList<>(events.size());
            for (SignalEvent event : events) {
                KnownSignal held = current.get(event.signalId());
                if (held != null && !held.tenantId.equals(event.tenantId())) {
                    throw new PoisonRecordException("tenantId differs from the stored signal's tenant");
                }
                if (held == null || AggregateVersion.isNewer(held.aggregateVersion, event.version())) {
                    held = signal(event);
                    current.put(event.signalId(), held);
                    changed.put(event.signalId(), held);
                }
                changes.add(new SignalChange(event, held));
            }
            return upsert(transaction, List.copyOf(changed.values())).replaceWith(changes);
        });
    }

    private Uni<Void> upsert(SqlConnection transaction, List<KnownSignal> signals) {
        if (signals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(UPSERT).execute(Tuple.from(Arrays.<Object>asList(
                texts(signals, s -> s.signalId),
                texts(signals, s -> s.tenantId),
                texts(signals, s -> s.clientId),
                names(signals, s -> s.type),
                names(signals, s -> s.messageClass),
                texts(signals, s -> s.deduplicationKey),
                signals.stream().map(s -> s.open).toArray(Boolean[]::new),
                signals.stream().map(s -> s.dueDate).toArray(LocalDate[]::new),
                texts(signals, s -> s.figuresJson),
                texts(signals, s -> s.inputsJson),
                signals.stream().map(s -> s.aggregateVersion).toArray(Long[]::new)))).replaceWithVoid();
    }

    private KnownSignal signal(SignalEvent event) {
        KnownSignal signal = new KnownSignal();
        signal.signalId = event.signalId();
        signal.tenantId = event.tenantId();
        signal.clientId = event.clientId();
        signal.aggregateVersion = event.version();
        signal.type = event.type();
        signal.messageClass = event.messageClass();
        signal.deduplicationKey = event.deduplicationKey();
        signal.dueDate = event.dueDate();
        signal.open = event.resolvedAt() == null
                && (event.status() == null || event.status() == SignalStatus.OPEN || event.status() == SignalStatus.IN_PROGRESS);
        try {
            signal.figuresJson = json.writeValueAsString(event.figures());
            signal.inputsJson = json.writeValueAsString(event.inputs());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return signal;
    }
}
