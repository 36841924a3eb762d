package nl.nazorg.events.signal;

/** The kind of moment a signal is, for the adviser's worklist. */
public enum SignalCategory {

    /** An opportunity for the client (kans), e.g. a refinancing saving or home equity. */
    OPPORTUNITY,

    /** A risk to the client (risico), e.g. a rate reset shock, missing insurance, payment arrears. */
    RISK,

    /** A life event (levensgebeurtenis), e.g. a child turning 18, retirement, a birthday. */
    LIFE_EVENT,

    /** A service moment (service), e.g. an annual review due or a client's wish. */
    SERVICE
}
