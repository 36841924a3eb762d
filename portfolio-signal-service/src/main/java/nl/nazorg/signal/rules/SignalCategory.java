package nl.nazorg.signal.rules;

/** What kind of moment a signal is. */
public enum SignalCategory {
    /** Something to gain (kans): a lower rate, home equity, a missing product. */
    OPPORTUNITY,
    /** Something that can go wrong (risico). */
    RISK,
    /** A moment in the client's life (levensgebeurtenis). */
    LIFE_EVENT,
    /** Part of servicing a product the client has (dienstverlening). */
    SERVICE
}
