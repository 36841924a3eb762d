package nl.nazorg.client.profile.repository;

import static nl.nazorg.client.profile.repository.SqlValues.texts;
import static nl.nazorg.client.profile.repository.SqlValues.timestamps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.client.profile.domain.Client;

/**
 * The {@code client} table through the reactive PostgreSQL client, for batch consumers: a poll's clients read and
 * locked in one statement, their changes written back in one. The REST side uses {@link ClientRepository}.
 *
 * <p>Rows are locked in id order, so two batches (or a batch and an erasure, which locks one row) cannot deadlock;
 * a client that does not exist in that tenant (erased, or another firm's id) is simply not returned.
 */
public final class ClientTable {

    private static final String LOCKED = """
            SELECT %s FROM client c
            JOIN unnest($1::text[], $2::text[]) AS k(tenant_id, id) ON c.tenant_id = k.tenant_id AND c.id = k.id
            ORDER BY c.id
            FOR UPDATE OF c""";

    private static final String LOCK_CLIENTS = LOCKED.formatted("c.*");

    private static final String LOCK_KEYS = LOCKED.formatted("c.tenant_id, c.id");

    /** The consent columns and what every change raises (versions, timestamp, the optimistic lock). */
    private static final String UPDATE_CONSENT = """
            UPDATE client AS c
            SET consent_status = u.status, consent_legal_basis = u.legal_basis, consent_since = u.since,
                consent_source = u.source, consent_sale_date = u.sale_date, profile_version = u.profile_version,
                portfolio_version = u.portfolio_version, updated_at = u.updated_at, row_version = c.row_version + 1
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::date[],
                        $8::bigint[], $9::bigint[], $10::timestamptz[])
                AS u(tenant_id, id, status, legal_basis, since, source, sale_date, profile_version, portfolio_version,
                     updated_at)
            WHERE c.tenant_id = u.tenant_id AND c.id = u.id""";

    private ClientTable() {
    }

    /** The clients that exist, read and locked until the transaction ends, in id order. */
    public static Uni<List<Client>> lock(SqlConnection transaction, Set<ClientKey> keys) {
        return query(transaction, LOCK_CLIENTS, keys).map(rows -> {
            List<Client> clients = new ArrayList<>(rows.size());
            rows.forEach(row -> clients.add(ClientRows.client(row)));
            return clients;
        });
    }

    /** Which of the clients exist, their rows locked until the transaction ends (nothing else read). */
    public static Uni<Set<ClientKey>> lockExisting(SqlConnection transaction, Set<ClientKey> keys) {
        return query(transaction, LOCK_KEYS, keys).map(rows -> {
            Set<ClientKey> existing = new HashSet<>();
            rows.forEach(row -> existing.add(new ClientKey(row.getString("tenant_id"), row.getString("id"))));
            return existing;
        });
    }

    /** Writes the consent of changed clients back, one statement for all of them. */
    public static Uni<Void> updateConsent(SqlConnection transaction, List<Client> clients) {
        if (clients.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple columns = Tuple.tuple()
                .addArrayOfString(texts(clients, c -> c.tenantId))
                .addArrayOfString(texts(clients, c -> c.id))
                .addArrayOfString(texts(clients, c -> c.consentStatus))
                .addArrayOfString(texts(clients, c -> c.consentLegalBasis))
                .addArrayOfOffsetDateTime(timestamps(clients, c -> c.consentSince))
                .addArrayOfString(texts(clients, c -> c.consentSource))
                .addArrayOfLocalDate(clients.stream().map(c -> c.consentSaleDate).toArray(LocalDate[]::new))
                .addArrayOfLong(clients.stream().map(c -> c.profileVersion).toArray(Long[]::new))
                .addArrayOfLong(clients.stream().map(c -> c.portfolioVersion).toArray(Long[]::new))
                .addArrayOfOffsetDateTime(timestamps(clients, c -> c.updatedAt));
        return transaction.preparedQuery(UPDATE_CONSENT).execute(columns).replaceWithVoid();
    }

    private static Uni<List<Row>> query(SqlConnection transaction, String sql, Set<ClientKey> keys) {
        List<ClientKey> distinct = List.copyOf(new LinkedHashSet<>(keys));
        Tuple columns = Tuple.of(texts(distinct, ClientKey::tenantId), texts(distinct, ClientKey::clientId));
        return transaction.preparedQuery(sql).execute(columns).map(rows -> {
            List<Row> list = new ArrayList<>(rows.size());
            rows.forEach(list::add);
            return list;
        });
    }
}
