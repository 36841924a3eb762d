package nl.nazorg.signal.projection.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.nazorg.signal.model.ClientProfile;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.Property;
import nl.nazorg.signal.projection.repository.LoanPartRow;
import nl.nazorg.signal.projection.repository.PortfolioRow;

/**
 * A portfolio ↔ its rows in the loan-part read model. Only parts with debt are kept: the rules that read market rates
 * skip repaid parts and mortgages without debt, and a repaid part adds nothing to the loan-to-value. The snapshot
 * rebuilt from the rows holds what those rules read (the parts, their mortgages, the home's value and the client's
 * own minimum saving) and nothing else; {@code LoanPartFactsTest} proves they find the same on it as on the whole
 * client.
 */
public final class LoanPartFacts {

    private LoanPartFacts() {
    }

    /** The rows of a stored portfolio: the record it was just written from, or its JSON read. */
    public static List<LoanPartRow> rows(PortfolioRow portfolio) {
        return rows(portfolio.tenantId, portfolio.clientId,
                PortfolioMapping.toDomain(ClientSnapshots.record(portfolio)));
    }

    /** The rows of one client's portfolio, numbered in portfolio order. */
    public static List<LoanPartRow> rows(String tenantId, String clientId, Portfolio portfolio) {
        List<LoanPartRow> rows = new ArrayList<>();
        for (Mortgage mortgage : portfolio.mortgages()) {
            for (LoanPart part : mortgage.loanParts()) {
                if (!part.isRepaid()) {
                    rows.add(row(tenantId, clientId, rows.size(), portfolio, mortgage, part));
                }
            }
        }
        return rows;
    }

    /**
     * What the rules that read market rates see of a client: its rows (in position order) and its own minimum
     * saving (null for the tenant's default). Without rows the client has no debt and the portfolio stays unknown,
     * which those rules judge alike.
     */
    public static ClientSnapshot snapshot(String clientId, BigDecimal minimumMonthlySaving, List<LoanPartRow> rows) {
        ClientProfile profile = new ClientProfile(null, List.of(), null, minimumMonthlySaving, null, null, List.of());
        return new ClientSnapshot(clientId, profile, rows.isEmpty() ? null : portfolio(rows), null);
    }

    private static Portfolio portfolio(List<LoanPartRow> rows) {
        List<Mortgage> mortgages = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !rows.get(i).mortgageId.equals(rows.get(first).mortgageId)) {
                mortgages.add(mortgage(rows.subList(first, i)));
                first = i;
            }
        }
        LoanPartRow any = rows.get(0);
        Property home = any.marketValue == null && any.valuationDate == null ? null
                : new Property(any.marketValue, any.valuationDate, false, null);
        return new Portfolio(home, mortgages, List.of());
    }

    private static Mortgage mortgage(List<LoanPartRow> rows) {
        LoanPartRow first = rows.get(0);
        return new Mortgage(first.mortgageId, first.lender, first.mortgageStartDate, first.termEndDate, first.nhg,
                rows.stream().map(LoanPartFacts::part).toList());
    }

    private static LoanPart part(LoanPartRow row) {
        return new LoanPart(row.loanPartId, row.repaymentType, row.originalPrincipal, row.outstandingPrincipal,
                row.interestRate, row.fixedRateEndDate, row.riskClass, row.feeFreeShare, row.fixedRatePeriodYears);
    }

    private static LoanPartRow row(String tenantId, String clientId, int position, Portfolio portfolio,
            Mortgage mortgage, LoanPart part) {
        LoanPartRow row = new LoanPartRow();
        row.clientId = clientId;
        row.position = position;
        row.tenantId = tenantId;
        row.mortgageId = mortgage.mortgageId();
        row.lender = mortgage.lender();
        row.nhg = mortgage.nhg();
        row.mortgageStartDate = mortgage.startDate();
        row.termEndDate = mortgage.termEndDate();
        row.loanPartId = part.loanPartId();
        row.repaymentType = part.repaymentType();
        row.originalPrincipal = part.originalPrincipal();
        row.outstandingPrincipal = part.outstandingPrincipal();
        row.interestRate = part.interestRatePercent();
        row.fixedRateEndDate = part.fixedRateEndDate();
        row.fixedRatePeriodYears = part.fixedRatePeriodYears();
        row.riskClass = part.riskClass();
        row.feeFreeShare = part.feeFreePrepaymentShare();
        portfolio.home().ifPresent(home -> {
            row.marketValue = home.marketValue();
            row.valuationDate = home.valuationDate();
        });
        return row;
    }
}
