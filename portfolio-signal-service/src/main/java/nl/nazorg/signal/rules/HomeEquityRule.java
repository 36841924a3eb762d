package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.util.Optional;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.Property;
import nl.nazorg.signal.mortgage.LoanToValue;

/** HOME_EQUITY (overwaarde): market value minus all outstanding mortgage debt is at least € 50.000. */
public final class HomeEquityRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.HOME_EQUITY;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        Optional<Property> home = client.knownPortfolio().flatMap(Portfolio::home);
        if (home.isEmpty()) {
            return RuleResult.none();
        }
        Portfolio portfolio = client.portfolio();
        if (portfolio.marketValue().isEmpty()) {
            return RuleResult.noted(new EvaluationNote(type(), "home", "no market value known"));
        }
        BigDecimal value = portfolio.marketValue().get();
        BigDecimal debt = portfolio.totalOutstanding();
        BigDecimal equity = value.subtract(debt);
        if (equity.compareTo(context.settings().homeEquityThreshold()) < 0) {
            return RuleResult.none();
        }
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION)
                .figure("homeEquity", equity)
                .figure("marketValue", value)
                .figure("totalOutstanding", debt);
        LoanToValue.of(debt, value).ifPresent(ltv -> finding.figure("loanToValuePercent", LoanToValue.asPercent(ltv)));
        return RuleResult.of(finding
                .input("valuationDate", home.get().valuationDate())
                .input("threshold", context.settings().homeEquityThreshold())
                .explanation(
                        "De woning is " + Wording.euroNl(value) + " waard en de hypotheekschuld is "
                                + Wording.euroNl(debt) + ": de overwaarde is " + Wording.euroNl(equity) + ".",
                        "The home is worth " + Wording.euroEn(value) + " and the mortgage debt is "
                                + Wording.euroEn(debt) + ": the home equity is " + Wording.euroEn(equity) + ".")
                .build());
    }
}
