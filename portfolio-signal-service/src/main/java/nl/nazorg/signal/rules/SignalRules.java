package nl.nazorg.signal.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.nazorg.signal.model.ClientSnapshot;

/** The registry of signal rules: {@link #standard()} holds one rule for every {@link SignalType}. */
public final class SignalRules {

    private final List<SignalRule> rules;
    private final Set<SignalType> types;

    public SignalRules(List<SignalRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<SignalType> judged = EnumSet.noneOf(SignalType.class);
        this.rules.forEach(rule -> judged.add(rule.type()));
        this.types = Collections.unmodifiableSet(judged);
    }

    /** Every rule of DESIGN.md §4. */
    public static SignalRules standard() {
        return new SignalRules(List.of(
                new RefinanceSavingRule(),
                new FixedRateEndingRule(),
                new RateResetShockRule(),
                new RiskClassDropRule(),
                new HomeEquityRule(),
                new TermLifeOverinsuredRule(),
                new MortgageTermEndingRule(),
                new InterestOnlyRiskRule(),
                new HouseForSaleRule(),
                new ChildTurns18Rule(),
                new RetirementApproachingRule(),
                new MissingBuildingInsuranceRule(),
                new MissingContentsInsuranceRule(),
                new MissingTravelInsuranceRule(),
                new MissingLiabilityInsuranceRule(),
                new PaymentArrearsRule(),
                new AnnualReviewDueRule(),
                new BirthdayRule(),
                new ClientWishRule(),
                new NpsDetractorRule()));
    }

    public List<SignalRule> rules() {
        return rules;
    }

    /** The rules that read market rates: what a market-rate change re-runs. */
    public SignalRules readingMarketRates() {
        return new SignalRules(rules.stream().filter(SignalRule::readsMarketRates).toList());
    }

    /** The signal types these rules judge: the open signals a reconciliation with their findings may change. */
    public Set<SignalType> types() {
        return types;
    }

    /** The rule version per signal type, to record beside stored signals. */
    public Map<SignalType, Integer> versions() {
        Map<SignalType, Integer> versions = new EnumMap<>(SignalType.class);
        rules.forEach(rule -> versions.put(rule.type(), rule.ruleVersion()));
        return versions;
    }

    /** Every rule on one client: all findings and every note. */
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        List<SignalFinding> findings = new ArrayList<>();
        List<EvaluationNote> notes = new ArrayList<>();
        for (SignalRule rule : rules) {
            RuleResult result = rule.evaluate(client, context);
            findings.addAll(result.findings());
            notes.addAll(result.notes());
        }
        return new RuleResult(findings, notes);
    }
}
