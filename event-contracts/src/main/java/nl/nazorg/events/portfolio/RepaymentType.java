package nl.nazorg.events.portfolio;

/** How a loan part is repaid (aflosvorm). */
public enum RepaymentType {

    /** Annuity (annuïtair): a constant gross monthly payment of interest plus repayment. */
    ANNUITY,

    /** Linear (lineair): a constant repayment each month plus interest on what is left. */
    LINEAR,

    /** Interest-only (aflossingsvrij): only interest; the principal is due at the end of the term. */
    INTEREST_ONLY
}
