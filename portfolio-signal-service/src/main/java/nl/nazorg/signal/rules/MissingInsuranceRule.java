package nl.nazorg.signal.rules;

import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.InsuranceType;

/**
 * The client has no running insurance of one type. Shared by the contents, travel and liability rules;
 * a client whose portfolio is not known yet is not told anything is missing (a note says so).
 */
abstract class MissingInsuranceRule implements SignalRule {

    private final InsuranceType insuranceType;
    private final String dutchName;
    private final String englishName;

    MissingInsuranceRule(InsuranceType insuranceType, String dutchName, String englishName) {
        this.insuranceType = insuranceType;
        this.dutchName = dutchName;
        this.englishName = englishName;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        if (client.knownPortfolio().isEmpty()) {
            return RuleResult.noted(new EvaluationNote(type(), "portfolio", "no portfolio known yet"));
        }
        if (client.portfolio().hasActive(insuranceType, context.today())) {
            return RuleResult.none();
        }
        return RuleResult.of(SignalFinding.of(type(), ruleVersion())
                .input("insuranceType", insuranceType)
                .explanation("De klant heeft geen " + dutchName + ".", "The client has no " + englishName + ".")
                .build());
    }
}
