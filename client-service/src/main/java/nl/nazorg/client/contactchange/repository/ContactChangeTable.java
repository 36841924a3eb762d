package nl.nazorg.client.contactchange.repository;

import static nl.nazorg.client.profile.repository.SqlValues.texts;
import static nl.nazorg.client.profile.repository.SqlValues.timestamps;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.client.contactchange.domain.ContactChange;

/**
 * Adds requested contact changes through the reactive PostgreSQL client, for the batch consumer of
 * profile-change-requests.v1: one statement per poll. The worklist and the decisions use
 * {@link ContactChangeRepository}.
 */
public final class ContactChangeTable {

    private static final String INSERT = """
            INSERT INTO contact_change (id, tenant_id, client_id, fields, requested_values, source, survey_id,
                                        response_id, request_id, requested_at, received_at, status)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                 $8::text[], $9::text[], $10::timestamptz[], $11::timestamptz[], $12::text[])""";

    private ContactChangeTable() {
    }

    public static Uni<Void> insertAll(SqlConnection transaction, List<ContactChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple columns = Tuple.tuple()
                .addArrayOfString(texts(changes, c -> c.id))
                .addArrayOfString(texts(changes, c -> c.tenantId))
                .addArrayOfString(texts(changes, c -> c.clientId))
                .addArrayOfString(texts(changes, c -> c.fields))
                .addArrayOfString(texts(changes, c -> c.requestedValuesJson))
                .addArrayOfString(texts(changes, c -> c.source))
                .addArrayOfString(texts(changes, c -> c.surveyId))
                .addArrayOfString(texts(changes, c -> c.responseId))
                .addArrayOfString(texts(changes, c -> c.requestId))
                .addArrayOfOffsetDateTime(timestamps(changes, c -> c.requestedAt))
                .addArrayOfOffsetDateTime(timestamps(changes, c -> c.receivedAt))
                .addArrayOfString(texts(changes, c -> c.status));
        return transaction.preparedQuery(INSERT).execute(columns).replaceWithVoid();
    }
}
