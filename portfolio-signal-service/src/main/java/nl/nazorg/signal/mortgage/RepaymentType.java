package nl.nazorg.signal.mortgage;

/** Repayment type (aflosvorm) of a loan part. */
public enum RepaymentType {
    /** Annuity (annuïteitenhypotheek): one level monthly payment of interest plus repayment. */
    ANNUITY,
    /** Linear (lineaire hypotheek): equal monthly repayments plus interest on what is still owed. */
    LINEAR,
    /** Interest-only (aflossingsvrije hypotheek): interest only, the principal is due at the term end. */
    INTEREST_ONLY
}
