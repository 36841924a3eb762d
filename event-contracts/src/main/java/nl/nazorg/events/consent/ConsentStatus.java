package nl.nazorg.events.consent;

/**
 * The client's standing for marketing e-mail (toestemming voor commerciële e-mail, Telecommunicatiewet art. 11.7 and
 * AVG).
 */
public enum ConsentStatus {

    /** Explicit opt-in (uitdrukkelijke toestemming), with timestamp and source. */
    OPTED_IN,

    /** Existing-customer soft opt-in (bestaande-klantrelatie) for similar products of the firm, not objected to. */
    SOFT_OPT_IN,

    /** No consent asked or given: marketing e-mail is not allowed. */
    NOT_GIVEN,

    /** Consent given earlier and withdrawn (afgemeld), e.g. by an unsubscribe link. Absolute and at once. */
    WITHDRAWN,

    /** The client objected (bezwaar) to direct marketing. Absolute and at once. */
    OBJECTED;

    /** Whether a MARKETING e-mail may be sent on this status alone (frequency caps and guardrails aside). */
    public boolean allowsMarketingEmail() {
        return this == OPTED_IN || this == SOFT_OPT_IN;
    }
}
