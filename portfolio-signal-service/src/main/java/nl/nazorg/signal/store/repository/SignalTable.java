package nl.nazorg.signal.store.repository;

import static nl.nazorg.signal.sql.ArrayColumn.names;
import static nl.nazorg.signal.sql.ArrayColumn.unnest;
import static nl.nazorg.signal.sql.SqlNumbers.numeric;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import nl.nazorg.events.signal.DismissReason;
import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.projection.repository.ClientKey;
import nl.nazorg.signal.rules.MessageClass;
import nl.nazorg.signal.rules.SignalCategory;
import nl.nazorg.signal.rules.SignalType;
import nl.nazorg.signal.sql.ArrayColumn;
import nl.nazorg.signal.sql.SqlTimes;

/**
 * The {@code signal} table through the reactive client, for consumers and bulk passes: the open signals of many
 * clients in one query, raised signals in one multi-row insert, changed ones in one multi-row update. Both writes
 * send one array per column ({@code unnest}); the columns are listed once, below.
 *
 * <p>Open signals are read light: without their figures, inputs and wording ({@link #DETAILS}, most of a row's
 * bytes), which a re-evaluation does not need because it compares fingerprints and writes a changed finding whole.
 * Rows without a fingerprint (written before digests were kept) come whole, so that their digest can be taken from
 * their JSON; {@link #withDetails} completes rows whose event needs what they say (a resolution). The update keeps
 * the stored details a row does not carry.
 */
public final class SignalTable {

    /** Fixed when a signal is raised (the id first: the update joins on it). */
    private static final List<ArrayColumn<SignalRow>> IDENTITY = List.of(
            new ArrayColumn<>("id", "uuid[]", r -> r.id, UUID[]::new),
            new ArrayColumn<>("tenant_id", "text[]", r -> r.tenantId, String[]::new),
            new ArrayColumn<>("client_id", "text[]", r -> r.clientId, String[]::new),
            new ArrayColumn<>("type", "text[]", r -> r.type.name(), String[]::new),
            new ArrayColumn<>("category", "text[]", r -> r.category.name(), String[]::new),
            new ArrayColumn<>("message_class", "text[]", r -> r.messageClass.name(), String[]::new),
            new ArrayColumn<>("deduplication_key", "text[]", r -> r.deduplicationKey, String[]::new),
            new ArrayColumn<>("raised_at", "timestamptz[]", r -> SqlTimes.utc(r.raisedAt), OffsetDateTime[]::new));

    /** What a re-evaluation, a status change or a resolution changes. */
    private static final List<ArrayColumn<SignalRow>> STATE = List.of(
            new ArrayColumn<>("adviser_id", "text[]", r -> r.adviserId, String[]::new),
            new ArrayColumn<>("rule_version", "int[]", r -> r.ruleVersion, Integer[]::new),
            new ArrayColumn<>("figures", "text[]", r -> r.figures, String[]::new),
            new ArrayColumn<>("inputs", "text[]", r -> r.inputs, String[]::new),
            new ArrayColumn<>("explanation_nl", "text[]", r -> r.explanationNl, String[]::new),
            new ArrayColumn<>("explanation_en", "text[]", r -> r.explanationEn, String[]::new),
            new ArrayColumn<>("fingerprint", "text[]", r -> r.fingerprint, String[]::new),
            new ArrayColumn<>("amount", "numeric[]", r -> numeric(r.amount), Numeric[]::new),
            new ArrayColumn<>("due_date", "date[]", r -> r.dueDate, LocalDate[]::new),
            new ArrayColumn<>("status", "text[]", r -> r.status.name(), String[]::new),
            new ArrayColumn<>("suppressed", "boolean[]", r -> r.suppressed, Boolean[]::new),
            new ArrayColumn<>("dismiss_reason", "text[]", r -> name(r.dismissReason), String[]::new),
            new ArrayColumn<>("updated_at", "timestamptz[]", r -> SqlTimes.utc(r.updatedAt), OffsetDateTime[]::new),
            new ArrayColumn<>("resolved_at", "timestamptz[]", r -> SqlTimes.utc(r.resolvedAt), OffsetDateTime[]::new),
            new ArrayColumn<>("resolution", "text[]", r -> name(r.resolution), String[]::new),
            new ArrayColumn<>("version", "bigint[]", r -> r.version, Long[]::new));

    /** The state columns a light read leaves out and an update keeps when it is not given them. */
    private static final Set<String> DETAILS = Set.of("figures", "inputs", "explanation_nl", "explanation_en");

    private static final List<ArrayColumn<SignalRow>> ALL = Stream.concat(IDENTITY.stream(), STATE.stream()).toList();
    private static final List<ArrayColumn<SignalRow>> CHANGED =
            Stream.concat(Stream.of(IDENTITY.get(0)), STATE.stream()).toList();

    /** By tenant and client, so that the index {@code signal_client (tenant_id, client_id, resolved_at)} serves it. */
    private static final String OPEN = "SELECT " + ALL.stream().map(ArrayColumn::name)
            .map(c -> DETAILS.contains(c) ? "CASE WHEN fingerprint IS NULL THEN " + c + " END AS " + c : c)
            .collect(Collectors.joining(", "))
            + " FROM signal WHERE (tenant_id, client_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))"
            + " AND resolved_at IS NULL";

    private static final String DETAILS_OF = "SELECT id, " + String.join(", ", DETAILS.stream().sorted().toList())
            + " FROM signal WHERE id = ANY($1::uuid[])";

    private static final String INSERT = "INSERT INTO signal (" + names(ALL) + ") SELECT * FROM " + unnest(ALL);

    private static final String UPDATE = "UPDATE signal s SET "
            + STATE.stream().map(ArrayColumn::name).map(c -> c + " = " + (DETAILS.contains(c)
                    ? "coalesce(u." + c + ", s." + c + ")" : "u." + c)).collect(Collectors.joining(", "))
            + " FROM (SELECT * FROM " + unnest(CHANGED) + " AS u(" + names(CHANGED) + ") ORDER BY u.id) AS u"
            + " WHERE s.id = u.id";

    private SignalTable() {
    }

    /** The open signals of these clients, each of its own tenant, read light (see above). */
    public static Uni<List<SignalRow>> openOf(SqlConnection transaction, Collection<ClientKey> clients) {
        if (clients.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return transaction.preparedQuery(OPEN).execute(Tuple.of(
                clients.stream().map(ClientKey::tenantId).toArray(String[]::new),
                clients.stream().map(ClientKey::clientId).toArray(String[]::new))).map(rows -> {
            List<SignalRow> open = new ArrayList<>(rows.size());
            rows.forEach(row -> open.add(signal(row)));
            return open;
        });
    }

    /** Reads the figures, inputs and wording of those of these rows read without them. */
    public static Uni<Void> withDetails(SqlConnection transaction, Collection<SignalRow> rows) {
        Map<UUID, SignalRow> light = rows.stream().filter(row -> !row.hasDetails())
                .collect(Collectors.toMap(row -> row.id, row -> row, (a, b) -> a));
        if (light.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(DETAILS_OF).execute(Tuple.of(light.keySet().toArray(UUID[]::new)))
                .invoke(found -> found.forEach(row -> {
                    SignalRow signal = light.get(row.getUUID("id"));
                    signal.figures = row.getString("figures");
                    signal.inputs = row.getString("inputs");
                    signal.explanationNl = row.getString("explanation_nl");
                    signal.explanationEn = row.getString("explanation_en");
                }))
                .replaceWithVoid();
    }

    public static Uni<Void> insert(SqlConnection transaction, List<SignalRow> rows) {
        return write(transaction, INSERT, ALL, rows);
    }

    /**
     * Writes the changed state of rows raised before; tenant, client, type, key and raise time stay, and so do the
     * details a row does not carry (null).
     */
    public static Uni<Void> update(SqlConnection transaction, List<SignalRow> rows) {
        return write(transaction, UPDATE, CHANGED, rows);
    }

    private static Uni<Void> write(SqlConnection transaction, String sql, List<ArrayColumn<SignalRow>> columns,
            List<SignalRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(sql).execute(ArrayColumn.arrays(columns, rows)).replaceWithVoid();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static SignalRow signal(Row row) {
        SignalRow signal = new SignalRow();
        signal.id = row.getUUID("id");
        signal.tenantId = row.getString("tenant_id");
        signal.clientId = row.getString("client_id");
        signal.adviserId = row.getString("adviser_id");
        signal.type = SignalType.valueOf(row.getString("type"));
        signal.category = SignalCategory.valueOf(row.getString("category"));
        signal.messageClass = MessageClass.valueOf(row.getString("message_class"));
        signal.deduplicationKey = row.getString("deduplication_key");
        signal.ruleVersion = row.getInteger("rule_version");
        signal.figures = row.getString("figures");
        signal.inputs = row.getString("inputs");
        signal.explanationNl = row.getString("explanation_nl");
        signal.explanationEn = row.getString("explanation_en");
        signal.fingerprint = row.getString("fingerprint");
        signal.amount = row.getBigDecimal("amount");
        signal.dueDate = row.getLocalDate("due_date");
        signal.status = SignalStatus.valueOf(row.getString("status"));
        signal.suppressed = row.getBoolean("suppressed");
        String dismissReason = row.getString("dismiss_reason");
        signal.dismissReason = dismissReason == null ? null : DismissReason.valueOf(dismissReason);
        signal.raisedAt = SqlTimes.instant(row.getOffsetDateTime("raised_at"));
        signal.updatedAt = SqlTimes.instant(row.getOffsetDateTime("updated_at"));
        signal.resolvedAt = SqlTimes.instant(row.getOffsetDateTime("resolved_at"));
        String resolution = row.getString("resolution");
        signal.resolution = resolution == null ? null : SignalResolution.valueOf(resolution);
        signal.version = row.getLong("version");
        return signal;
    }
}
