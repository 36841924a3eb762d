package nl.nazorg.signal.rules;

import nl.nazorg.signal.model.ClientSnapshot;

/** One signal type's rule. Implementations are stateless and safe to share between threads. */
public interface SignalRule {

    /** The signal type this rule raises. */
    SignalType type();

    /** The category of what this rule raises (OPPORTUNITY, RISK, LIFE_EVENT, SERVICE). */
    default SignalCategory category() {
        return type().category();
    }

    /** Whether messages about what this rule raises are SERVICE or MARKETING messages. */
    default MessageClass messageClass() {
        return type().messageClass();
    }

    /** The version of the rule's logic; raise it whenever the logic changes, so findings show what made them. */
    int ruleVersion();

    /**
     * Whether the rule reads market rates: the rules a market-rate change re-runs. Every other rule's verdict stays
     * what it was, so a rate change leaves their signals alone.
     */
    default boolean readsMarketRates() {
        return false;
    }

    /** The findings for one client today, plus notes where the rule could not judge. */
    RuleResult evaluate(ClientSnapshot client, EvaluationContext context);
}
