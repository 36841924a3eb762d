package nl.nazorg.signal.rules;

import java.util.Optional;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.InsuranceType;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.Property;

/**
 * MISSING_BUILDING_INSURANCE (geen opstalverzekering): the client owns a home with mortgage debt on it and
 * has no running building insurance. Lenders require one, so this is a service message.
 */
public final class MissingBuildingInsuranceRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.MISSING_BUILDING_INSURANCE;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        if (client.knownPortfolio().isEmpty()) {
            return RuleResult.noted(new EvaluationNote(type(), "portfolio", "no portfolio known yet"));
        }
        Portfolio portfolio = client.portfolio();
        Optional<Property> home = portfolio.home();
        boolean mortgaged = portfolio.mortgages().stream().anyMatch(Mortgage::hasDebt);
        if (home.isEmpty() || !mortgaged || portfolio.hasActive(InsuranceType.BUILDING, context.today())) {
            return RuleResult.none();
        }
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION)
                .figure("totalOutstanding", portfolio.totalOutstanding());
        portfolio.marketValue().ifPresent(value -> finding.figure("marketValue", value));
        return RuleResult.of(finding
                .input("insuranceType", InsuranceType.BUILDING)
                .explanation(
                        "De klant heeft een woning met een hypotheek van " + Wording.euroNl(portfolio.totalOutstanding())
                                + " maar geen opstalverzekering; de geldverstrekker verplicht die.",
                        "The client owns a home with a mortgage of " + Wording.euroEn(portfolio.totalOutstanding())
                                + " but has no building insurance, which the lender requires.")
                .build());
    }
}
