package nl.nazorg.signal.store.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import nl.nazorg.events.json.EventJson;

/**
 * Inserts newly raised signals with one SQL statement per batch (the rows travel as one JSON array), in the
 * caller's transaction. A market-rate change raises thousands of signals per page; entity-by-entity inserts
 * were the slowest part of a page. The rows are not attached to the session: nothing changes them afterwards.
 */
public final class SignalInserts {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private static final String SQL = """
            insert into signal (id, tenant_id, client_id, adviser_id, type, category, message_class,
                deduplication_key, rule_version, figures, inputs, explanation_nl, explanation_en, amount, due_date,
                status, suppressed, dismiss_reason, raised_at, updated_at, resolved_at, resolution, version)
            select (r->>'id')::uuid, r->>'tenantId', r->>'clientId', r->>'adviserId', r->>'type', r->>'category',
                r->>'messageClass', r->>'deduplicationKey', (r->>'ruleVersion')::int, r->>'figures', r->>'inputs',
                r->>'explanationNl', r->>'explanationEn', (r->>'amount')::numeric, (r->>'dueDate')::date,
                r->>'status', (r->>'suppressed')::boolean, r->>'dismissReason', (r->>'raisedAt')::timestamptz,
                (r->>'updatedAt')::timestamptz, (r->>'resolvedAt')::timestamptz, r->>'resolution',
                (r->>'version')::bigint
            from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) as r
            """;

    private SignalInserts() {
    }

    public static Uni<Void> insert(List<SignalRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String json = json(rows);
        return Panache.getSession().chain(session -> session.createNativeQuery(SQL).setParameter(1, json)
                .executeUpdate()).replaceWithVoid();
    }

    private static String json(List<SignalRow> rows) {
        List<Map<String, Object>> values = rows.stream().map(SignalInserts::values).toList();
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> values(SignalRow row) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", row.id.toString());
        v.put("tenantId", row.tenantId);
        v.put("clientId", row.clientId);
        v.put("adviserId", row.adviserId);
        v.put("type", row.type.name());
        v.put("category", row.category.name());
        v.put("messageClass", row.messageClass.name());
        v.put("deduplicationKey", row.deduplicationKey);
        v.put("ruleVersion", row.ruleVersion);
        v.put("figures", row.figures);
        v.put("inputs", row.inputs);
        v.put("explanationNl", row.explanationNl);
        v.put("explanationEn", row.explanationEn);
        v.put("amount", row.amount);
        v.put("dueDate", row.dueDate == null ? null : row.dueDate.toString());
        v.put("status", row.status.name());
        v.put("suppressed", row.suppressed);
        v.put("dismissReason", row.dismissReason == null ? null : row.dismissReason.name());
        v.put("raisedAt", row.raisedAt.toString());
        v.put("updatedAt", row.updatedAt.toString());
        v.put("resolvedAt", row.resolvedAt == null ? null : row.resolvedAt.toString());
        v.put("resolution", row.resolution == null ? null : row.resolution.name());
        v.put("version", row.version);
        return v;
    }
}
