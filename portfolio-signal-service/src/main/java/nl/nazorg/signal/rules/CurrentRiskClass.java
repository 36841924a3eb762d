package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.util.Optional;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.TenantSignalSettings;
import nl.nazorg.signal.mortgage.LoanToValue;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * The risk class a mortgage falls in today: NHG when it has NHG, otherwise the band of the loan-to-value
 * (all mortgages on the home against its market value) in the lender's bands. Without a market value
 * there is no loan-to-value and so no class, except for NHG.
 */
final class CurrentRiskClass {

    static final String NO_VALUATION = "no market value known: no loan-to-value, so no current risk class";

    private CurrentRiskClass() {
    }

    static Optional<RiskClass> of(Mortgage mortgage, Portfolio portfolio, TenantSignalSettings settings) {
        if (mortgage.nhg()) {
            return Optional.of(RiskClass.NHG);
        }
        return loanToValue(portfolio).map(ltv -> settings.boundariesFor(mortgage.lender()).classify(ltv));
    }

    static Optional<BigDecimal> loanToValue(Portfolio portfolio) {
        return portfolio.marketValue().flatMap(value -> LoanToValue.of(portfolio.totalOutstanding(), value));
    }

    static EvaluationNote noValuation(SignalType type, Mortgage mortgage) {
        return new EvaluationNote(type, "mortgage " + mortgage.mortgageId(), NO_VALUATION);
    }
}
