package nl.nazorg.events.signal;

/** Why a signal was resolved (vervallen). */
public enum SignalResolution {

    /** The situation no longer holds, e.g. the fixed-rate period was renewed or the insurance was taken out. */
    CONDITION_CLEARED,

    /** The client was erased; the signal goes with them. */
    CLIENT_ERASED,

    /** The rule that raised it was withdrawn or switched off for the tenant. */
    RULE_WITHDRAWN
}
