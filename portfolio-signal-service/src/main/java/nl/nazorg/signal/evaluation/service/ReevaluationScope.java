package nl.nazorg.signal.evaluation.service;

/** Which clients a bulk re-evaluation visits. */
public enum ReevaluationScope {
    /** Clients with at least one loan part with debt: what a market-rate change can affect. */
    LOAN_PARTS,
    /** Every client with a profile: the daily run for time-based signals. */
    ALL_CLIENTS
}
