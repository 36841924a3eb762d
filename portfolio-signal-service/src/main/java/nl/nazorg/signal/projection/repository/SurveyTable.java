package nl.nazorg.signal.projection.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.signal.sql.RowsById;
import nl.nazorg.signal.sql.SqlTimes;

/** {@code client_survey} through the reactive client: many clients per statement, in the caller's transaction. */
public final class SurveyTable {

    private static final String COLUMNS = """
            client_id, tenant_id, wishes, wishes_response_id, wishes_completed_at, wishes_stated_on, nps_score,
            nps_response_id, nps_completed_at, nps_answered_on""";

    private static final String READ = "SELECT " + COLUMNS + " FROM client_survey WHERE client_id = ANY($1)";

    private static final String UPSERT = "INSERT INTO client_survey AS s (" + COLUMNS + """
            )
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::date[],
                                 $7::int[], $8::text[], $9::timestamptz[], $10::date[]) ORDER BY 1
            ON CONFLICT (client_id) DO UPDATE
                SET wishes = excluded.wishes, wishes_response_id = excluded.wishes_response_id,
                    wishes_completed_at = excluded.wishes_completed_at, wishes_stated_on = excluded.wishes_stated_on,
                    nps_score = excluded.nps_score, nps_response_id = excluded.nps_response_id,
                    nps_completed_at = excluded.nps_completed_at, nps_answered_on = excluded.nps_answered_on
                WHERE s.tenant_id = excluded.tenant_id""";

    private SurveyTable() {
    }

    public static Uni<Map<String, SurveyRow>> read(SqlConnection transaction, Collection<String> clientIds) {
        return RowsById.read(transaction, READ, clientIds, SurveyTable::survey, row -> row.clientId);
    }

    /** Writes these rows as they are (the caller merged the responses under the client's lock). */
    public static Uni<Void> upsert(SqlConnection transaction, List<SurveyRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(UPSERT).execute(Tuple.from(Arrays.<Object>asList(
                rows.stream().map(r -> r.clientId).toArray(String[]::new),
                rows.stream().map(r -> r.tenantId).toArray(String[]::new),
                rows.stream().map(r -> r.wishes).toArray(String[]::new),
                rows.stream().map(r -> r.wishesResponseId).toArray(String[]::new),
                rows.stream().map(r -> SqlTimes.utc(r.wishesCompletedAt)).toArray(OffsetDateTime[]::new),
                rows.stream().map(r -> r.wishesStatedOn).toArray(LocalDate[]::new),
                rows.stream().map(r -> r.npsScore).toArray(Integer[]::new),
                rows.stream().map(r -> r.npsResponseId).toArray(String[]::new),
                rows.stream().map(r -> SqlTimes.utc(r.npsCompletedAt)).toArray(OffsetDateTime[]::new),
                rows.stream().map(r -> r.npsAnsweredOn).toArray(LocalDate[]::new)))).replaceWithVoid();
    }

    private static SurveyRow survey(Row row) {
        SurveyRow survey = new SurveyRow();
        survey.clientId = row.getString("client_id");
        survey.tenantId = row.getString("tenant_id");
        survey.wishes = row.getString("wishes");
        survey.wishesResponseId = row.getString("wishes_response_id");
        survey.wishesCompletedAt = SqlTimes.instant(row.getOffsetDateTime("wishes_completed_at"));
        survey.wishesStatedOn = row.getLocalDate("wishes_stated_on");
        survey.npsScore = row.getInteger("nps_score");
        survey.npsResponseId = row.getString("nps_response_id");
        survey.npsCompletedAt = SqlTimes.instant(row.getOffsetDateTime("nps_completed_at"));
        survey.npsAnsweredOn = row.getLocalDate("nps_answered_on");
        return survey;
    }

}
