package nl.nazorg.client.consent.repository;

import static nl.nazorg.client.profile.repository.SqlValues.texts;
import static nl.nazorg.client.profile.repository.SqlValues.timestamps;

import java.time.LocalDate;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.client.consent.domain.ConsentChange;

/** Adds consent history entries through the reactive PostgreSQL client, for batch consumers: one statement. */
public final class ConsentHistoryTable {

    private static final String INSERT = """
            INSERT INTO consent_change (id, tenant_id, client_id, status, legal_basis, source, recorded_by,
                                        effective_at, recorded_at, reference, obtained_in_sale, sale_date,
                                        similar_products_only, objection_offered)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                 $8::timestamptz[], $9::timestamptz[], $10::text[], $11::boolean[], $12::date[],
                                 $13::boolean[], $14::boolean[])""";

    private ConsentHistoryTable() {
    }

    public static Uni<Void> insertAll(SqlConnection transaction, List<ConsentChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple columns = Tuple.tuple()
                .addArrayOfString(texts(changes, c -> c.id))
                .addArrayOfString(texts(changes, c -> c.tenantId))
                .addArrayOfString(texts(changes, c -> c.clientId))
                .addArrayOfString(texts(changes, c -> c.status))
                .addArrayOfString(texts(changes, c -> c.legalBasis))
                .addArrayOfString(texts(changes, c -> c.source))
                .addArrayOfString(texts(changes, c -> c.recordedBy))
                .addArrayOfOffsetDateTime(timestamps(changes, c -> c.effectiveAt))
                .addArrayOfOffsetDateTime(timestamps(changes, c -> c.recordedAt))
                .addArrayOfString(texts(changes, c -> c.reference))
                .addArrayOfBoolean(changes.stream().map(c -> c.contactDetailsObtainedInSale).toArray(Boolean[]::new))
                .addArrayOfLocalDate(changes.stream().map(c -> c.saleDate).toArray(LocalDate[]::new))
                .addArrayOfBoolean(changes.stream().map(c -> c.similarProductsOnly).toArray(Boolean[]::new))
                .addArrayOfBoolean(changes.stream().map(c -> c.objectionOfferedAtCollection).toArray(Boolean[]::new));
        return transaction.preparedQuery(INSERT).execute(columns).replaceWithVoid();
    }
}
