package nl.nazorg.events.portfolio;

/**
 * The risk class (risicoklasse) a mortgage rate is priced on: NHG, or the loan-to-value (LTV, verhouding lening tot
 * woningwaarde) band. A lower class means a lower rate; falling into one gives a rate discount (topafslag).
 */
public enum RiskClass {

    /** The mortgage has the national mortgage guarantee (Nationale Hypotheek Garantie), whatever the LTV. */
    NHG,

    /** LTV at most 60%. */
    LTV_60,

    /** LTV above 60% and at most 80%. */
    LTV_80,

    /** LTV above 80% and at most 90%. */
    LTV_90,

    /** LTV above 90% and at most 100%. */
    LTV_100,

    /** LTV above 100%. */
    ABOVE_100
}
