package nl.nazorg.benchmarks.ratechange;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.platform.CopyLoader;
import nl.nazorg.benchmarks.platform.Sql;
import nl.nazorg.events.ClientDates;
import nl.nazorg.events.EventPayload;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;

/**
 * A firm's loan book (hypotheekportefeuille) loaded straight into portfolio-signal-service's projection, as
 * {@code RateChangeScaleTest} does: every client has one NHG mortgage with two variable-rate annuity parts of
 * € 150.000 at 4,5% (so a loan part count is twice the client count), all four insurances and nothing else a rule
 * would raise. Only a lower market rate makes a difference: one REFINANCE_SAVING per client.
 */
public final class LoanBook {

    public static final String TENANT = "bench-rates";
    public static final int PARTS_PER_CLIENT = 2;
    private static final String CLIENT_ID = "§CLIENT§";
    private static final String PRINCIPAL_AT_START = "160000.00";
    private static final String PRINCIPAL = "150000.00";
    private static final String RATE = "4.500";
    /**
     * The service's loan-part read model, written beside the JSON as its consumers write it (so the first pass
     * measures a rate change, not the one-off upgrade of rows from before the read model).
     */
    private static final int READ_MODEL_VERSION = 1;
    private static final List<String> LOAN_PART_COLUMNS = List.of("client_id", "position", "tenant_id", "mortgage_id",
            "lender", "nhg", "mortgage_start_date", "term_end_date", "loan_part_id", "repayment_type",
            "original_principal", "outstanding_principal", "interest_rate", "fixed_rate_end_date",
            "fixed_rate_period_years", "risk_class", "fee_free_share", "market_value", "valuation_date");

    private final String profileTemplate;
    private final String portfolioTemplate;

    public LoanBook() {
        this.profileTemplate = json(profile());
        this.portfolioTemplate = json(portfolio());
    }

    /** The client ids of a book of {@code loanParts} loan parts start with this. */
    public static String clientPrefix(int loanParts) {
        return "rc" + loanParts + "-";
    }

    /** Loads {@code loanParts / 2} clients with their profile and portfolio. */
    public void load(DataSource signalDatabase, int loanParts) throws SQLException {
        int clients = loanParts / PARTS_PER_CLIENT;
        String prefix = clientPrefix(loanParts);
        try (CopyLoader profiles = new CopyLoader(signalDatabase, "client_profile", List.of("client_id", "tenant_id",
                "adviser_id", "payload", "aggregate_version", "minimum_monthly_saving", "read_model_version"));
             CopyLoader portfolios = new CopyLoader(signalDatabase, "client_portfolio", List.of("client_id",
                     "tenant_id", "loan_parts", "payload", "aggregate_version", "read_model_version"));
             CopyLoader parts = new CopyLoader(signalDatabase, "loan_part", LOAN_PART_COLUMNS)) {
            for (int i = 0; i < clients; i++) {
                String clientId = prefix + String.format("%07d", i);
                profiles.row(clientId, TENANT, "adviser-" + (i % 20), profileTemplate.replace(CLIENT_ID, clientId), 1,
                        null, READ_MODEL_VERSION);
                portfolios.row(clientId, TENANT, PARTS_PER_CLIENT, portfolioTemplate.replace(CLIENT_ID, clientId), 1,
                        READ_MODEL_VERSION);
                for (int part = 0; part < PARTS_PER_CLIENT; part++) {
                    parts.row(clientId, part, TENANT, clientId + "-M", "OWNBANK", true, "2020-01-01", "2050-01-01",
                            clientId + "-" + (part + 1), "ANNUITY", PRINCIPAL_AT_START, PRINCIPAL, RATE, null, 10,
                            "NHG", "0.10", null, null);
                }
            }
        }
        Sql.update(signalDatabase, "ANALYZE client_profile");
        Sql.update(signalDatabase, "ANALYZE client_portfolio");
        Sql.update(signalDatabase, "ANALYZE loan_part");
    }

    /** Removes the book and its signals again, so the next size is re-evaluated alone. */
    public void remove(DataSource signalDatabase) {
        Sql.update(signalDatabase, "DELETE FROM signal WHERE tenant_id = ?", TENANT);
        Sql.update(signalDatabase, "DELETE FROM loan_part WHERE tenant_id = ?", TENANT);
        Sql.update(signalDatabase, "DELETE FROM client_portfolio WHERE tenant_id = ?", TENANT);
        Sql.update(signalDatabase, "DELETE FROM client_profile WHERE tenant_id = ?", TENANT);
    }

    private static ClientProfile profile() {
        // Born 40 years ago, half a year from today's date: no birthday, no retirement, no review due.
        LocalDate born = LocalDate.now(ClientDates.ZONE).plusDays(180).minusYears(40);
        return new ClientProfile(TENANT, CLIENT_ID, 1, null, new PersonName(null, null, null, "Rente"), null, born,
                null, null, null, null, null, Household.SINGLE, "adviser-1", Subscription.NONE, null, null, null,
                List.of(), Instant.now());
    }

    private static Portfolio portfolio() {
        List<LoanPart> parts = List.of(part("-1"), part("-2"));
        Mortgage mortgage = new Mortgage(CLIENT_ID + "-M", "OWNBANK", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2050, 1, 1), true, parts);
        List<Insurance> insurances = List.of(InsuranceType.BUILDING, InsuranceType.CONTENTS, InsuranceType.TRAVEL,
                InsuranceType.LIABILITY).stream().map(type -> new Insurance(CLIENT_ID + "-" + type, type, "Insurer",
                        null, null, new BigDecimal("10.00"), LocalDate.of(2020, 1, 1), null)).toList();
        return new Portfolio(TENANT, CLIENT_ID, 1, null, List.of(mortgage), insurances, Instant.now());
    }

    private static LoanPart part(String suffix) {
        return new LoanPart(CLIENT_ID + suffix, RepaymentType.ANNUITY, new BigDecimal(PRINCIPAL_AT_START),
                new BigDecimal(PRINCIPAL), new BigDecimal(RATE), 10, null, RiskClass.NHG, null);
    }

    private static String json(EventPayload payload) {
        return new String(EventJson.write(payload), StandardCharsets.UTF_8);
    }
}
