package nl.nazorg.signal.evaluation.service;

import nl.nazorg.signal.rules.SignalRules;

/** Which clients a bulk re-evaluation visits, and which rules it runs on them. */
public enum ReevaluationScope {
    /**
     * A market-rate change: clients with at least one loan part with debt, re-judged by the rules that read market
     * rates only; their other signals cannot have changed.
     */
    RATE_CHANGE(SignalRules.standard().readingMarketRates()),
    /** Every client with a profile, by every rule: the daily run for time-based signals. */
    ALL_CLIENTS(SignalRules.standard());

    private final SignalRules rules;

    ReevaluationScope(SignalRules rules) {
        this.rules = rules;
    }

    public SignalRules rules() {
        return rules;
    }
}
