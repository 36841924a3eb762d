package nl.nazorg.signal.projection.repository;

import static nl.nazorg.signal.sql.SqlNumbers.numeric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import nl.nazorg.signal.sql.ArrayColumn;

/**
 * The loan-part read model ({@link LoanPartRow}) through the reactive client, in the caller's transaction: a
 * client's rows replaced with two statements whatever the number of clients, and the rows of many clients read with
 * one. The columns are listed once, below.
 */
public final class LoanPartTable {

    /**
     * The version of the typed columns a profile or portfolio row was written with; rows without one (written before
     * the read model) are brought up to it the first time a market-rate change meets them.
     */
    public static final int READ_MODEL_VERSION = 1;

    private static final List<ArrayColumn<LoanPartRow>> COLUMNS = List.of(
            new ArrayColumn<>("client_id", "text[]", r -> r.clientId, String[]::new),
            new ArrayColumn<>("position", "int[]", r -> r.position, Integer[]::new),
            new ArrayColumn<>("tenant_id", "text[]", r -> r.tenantId, String[]::new),
            new ArrayColumn<>("mortgage_id", "text[]", r -> r.mortgageId, String[]::new),
            new ArrayColumn<>("lender", "text[]", r -> r.lender, String[]::new),
            new ArrayColumn<>("nhg", "boolean[]", r -> r.nhg, Boolean[]::new),
            new ArrayColumn<>("mortgage_start_date", "date[]", r -> r.mortgageStartDate, LocalDate[]::new),
            new ArrayColumn<>("term_end_date", "date[]", r -> r.termEndDate, LocalDate[]::new),
            new ArrayColumn<>("loan_part_id", "text[]", r -> r.loanPartId, String[]::new),
            new ArrayColumn<>("repayment_type", "text[]", r -> r.repaymentType.name(), String[]::new),
            new ArrayColumn<>("original_principal", "numeric[]", r -> numeric(r.originalPrincipal), Numeric[]::new),
            new ArrayColumn<>("outstanding_principal", "numeric[]", r -> numeric(r.outstandingPrincipal),
                    Numeric[]::new),
            new ArrayColumn<>("interest_rate", "numeric[]", r -> numeric(r.interestRate), Numeric[]::new),
            new ArrayColumn<>("fixed_rate_end_date", "date[]", r -> r.fixedRateEndDate, LocalDate[]::new),
            new ArrayColumn<>("fixed_rate_period_years", "int[]", r -> r.fixedRatePeriodYears, Integer[]::new),
            new ArrayColumn<>("risk_class", "text[]", r -> r.riskClass.name(), String[]::new),
            new ArrayColumn<>("fee_free_share", "numeric[]", r -> numeric(r.feeFreeShare), Numeric[]::new),
            new ArrayColumn<>("market_value", "numeric[]", r -> numeric(r.marketValue), Numeric[]::new),
            new ArrayColumn<>("valuation_date", "date[]", r -> r.valuationDate, LocalDate[]::new));

    private static final String NAMES = ArrayColumn.names(COLUMNS);

    private static final String DELETE = "DELETE FROM loan_part WHERE client_id = ANY($1)";

    private static final String INSERT = "INSERT INTO loan_part (" + NAMES + ") SELECT * FROM "
            + ArrayColumn.unnest(COLUMNS);

    private static final String READ = "SELECT " + NAMES + " FROM loan_part WHERE client_id = ANY($1)"
            + " ORDER BY client_id, position";

    private LoanPartTable() {
    }

    /** Replaces the rows of these clients (all of them, also those that now have none) with {@code rows}. */
    public static Uni<Void> replace(SqlConnection transaction, Collection<String> clientIds, List<LoanPartRow> rows) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> deleted = transaction.preparedQuery(DELETE).execute(Tuple.of(clientIds.toArray(String[]::new)))
                .replaceWithVoid();
        if (rows.isEmpty()) {
            return deleted;
        }
        return deleted.chain(() -> transaction.preparedQuery(INSERT).execute(ArrayColumn.arrays(COLUMNS, rows)))
                .replaceWithVoid();
    }

    /** The rows of these clients by client id, each client's in position order. */
    public static Uni<Map<String, List<LoanPartRow>>> read(SqlConnection transaction, Collection<String> clientIds) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return transaction.preparedQuery(READ).execute(Tuple.of(clientIds.toArray(String[]::new))).map(rows -> {
            Map<String, List<LoanPartRow>> byClient = new HashMap<>();
            for (Row row : rows) {
                LoanPartRow part = part(row);
                byClient.computeIfAbsent(part.clientId, id -> new ArrayList<>()).add(part);
            }
            return byClient;
        });
    }

    private static LoanPartRow part(Row row) {
        LoanPartRow part = new LoanPartRow();
        part.clientId = row.getString("client_id");
        part.position = row.getInteger("position");
        part.tenantId = row.getString("tenant_id");
        part.mortgageId = row.getString("mortgage_id");
        part.lender = row.getString("lender");
        part.nhg = row.getBoolean("nhg");
        part.mortgageStartDate = row.getLocalDate("mortgage_start_date");
        part.termEndDate = row.getLocalDate("term_end_date");
        part.loanPartId = row.getString("loan_part_id");
        part.repaymentType = RepaymentType.valueOf(row.getString("repayment_type"));
        part.originalPrincipal = row.getBigDecimal("original_principal");
        part.outstandingPrincipal = row.getBigDecimal("outstanding_principal");
        part.interestRate = row.getBigDecimal("interest_rate");
        part.fixedRateEndDate = row.getLocalDate("fixed_rate_end_date");
        part.fixedRatePeriodYears = row.getInteger("fixed_rate_period_years");
        part.riskClass = RiskClass.valueOf(row.getString("risk_class"));
        part.feeFreeShare = row.getBigDecimal("fee_free_share");
        part.marketValue = row.getBigDecimal("market_value");
        part.valuationDate = row.getLocalDate("valuation_date");
        return part;
    }
}
