package nl.nazorg.signal.mortgage;

/**
 * Risk class (risicoklasse) a mortgage rate is priced on: NHG, or the loan-to-value band.
 * Declared from the lowest risk (and usually the lowest rate) to the highest.
 */
public enum RiskClass {
    /** Nationale Hypotheek Garantie, regardless of the loan-to-value. */
    NHG,
    /** Loan-to-value at most 60%. */
    LTV_60,
    /** Loan-to-value above 60% and at most 80%. */
    LTV_80,
    /** Loan-to-value above 80% and at most 90%. */
    LTV_90,
    /** Loan-to-value above 90% and at most 100%. */
    LTV_100,
    /** Loan-to-value above 100%. */
    ABOVE_100;

    /** Whether this class carries less risk than {@code other} (so it is usually priced lower). */
    public boolean isLowerThan(RiskClass other) {
        return ordinal() < other.ordinal();
    }
}
