package nl.nazorg.signal.projection.mapping;

import java.util.Objects;

import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.signal.model.Insurance;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.Property;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * The contract's portfolio (portfolios.v1) → what the signal rules read. Insurances of a type this version does
 * not know ({@code UNKNOWN}, added to the contract later) are left out: no rule can judge them.
 */
public final class PortfolioMapping {

    private PortfolioMapping() {
    }

    public static Portfolio toDomain(nl.nazorg.events.portfolio.Portfolio portfolio) {
        nl.nazorg.events.portfolio.Property home = portfolio.property();
        Property property = home == null ? null
                : new Property(home.marketValue(), home.valuationDate(), home.forSale(), home.forSaleSince());
        return new Portfolio(property,
                portfolio.mortgages().stream().map(PortfolioMapping::mortgage).toList(),
                portfolio.insurances().stream()
                        .filter(insurance -> insurance.type() != null && insurance.type() != InsuranceType.UNKNOWN)
                        .map(PortfolioMapping::insurance).toList());
    }

    /** Loan parts with outstanding debt: the parts a market-rate change can affect. */
    public static int loanPartsWithDebt(nl.nazorg.events.portfolio.Portfolio portfolio) {
        return (int) portfolio.mortgages().stream().flatMap(m -> m.loanParts().stream())
                .filter(part -> part.outstandingPrincipal() != null && part.outstandingPrincipal().signum() > 0)
                .count();
    }

    private static Mortgage mortgage(nl.nazorg.events.portfolio.Mortgage mortgage) {
        return new Mortgage(mortgage.mortgageId(), mortgage.lender(), mortgage.startDate(), mortgage.termEndDate(),
                mortgage.nhg(), mortgage.loanParts().stream().map(part -> loanPart(part, mortgage.nhg())).toList());
    }

    /**
     * A part without the risk class it was priced on counts as priced on the lowest class (NHG for an NHG
     * mortgage): only RISK_CLASS_DROP reads it, and that way it never claims a drop nobody can verify.
     */
    private static LoanPart loanPart(nl.nazorg.events.portfolio.LoanPart part, boolean nhg) {
        RiskClass pricedOn = part.riskClass() != null ? RiskClass.valueOf(part.riskClass().name())
                : nhg ? RiskClass.NHG : RiskClass.LTV_60;
        return new LoanPart(part.loanPartId(),
                RepaymentType.valueOf(Objects.requireNonNull(part.repaymentType(), "repaymentType").name()),
                part.originalPrincipal(), part.outstandingPrincipal(), part.interestRate(), part.fixedRateEndDate(),
                pricedOn,
                part.feeFreePrepaymentShare(), part.fixedRatePeriodYears());
    }

    private static Insurance insurance(nl.nazorg.events.portfolio.Insurance insurance) {
        return new Insurance(insurance.insuranceId(),
                nl.nazorg.signal.model.InsuranceType.valueOf(insurance.type().name()), insurance.insurer(),
                insurance.coverage(), insurance.monthlyPremium(), insurance.endDate());
    }
}
