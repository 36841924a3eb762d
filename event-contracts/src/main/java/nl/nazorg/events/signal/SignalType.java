package nl.nazorg.events.signal;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a signal is about (DESIGN.md §4). An extensible list: later versions of the contract may add types without a
 * new topic version, and this library reads a type it does not know as {@link #UNKNOWN} (a consumer then skips it).
 */
public enum SignalType {

    /** Refinancing (oversluiten) saves more than the client's minimum per month and earns its costs back in time. */
    REFINANCE_SAVING,

    /** A loan part's fixed-rate period (rentevastperiode) ends within 6 months. */
    FIXED_RATE_ENDING,

    /** A fixed-rate period ends within 12 months and renewing at today's rate raises the payment by €100+/month. */
    RATE_RESET_SHOCK,

    /** The loan-to-value fell into a lower risk class than the rate was priced on: a rate discount (topafslag). */
    RISK_CLASS_DROP,

    /** Market value minus outstanding debt (overwaarde) is at least €50,000. */
    HOME_EQUITY,

    /** The term life insurance (ORV) covers 20%+ more than the outstanding debt, or its premium can drop. */
    TERM_LIFE_OVERINSURED,

    /** The mortgage term (looptijd) ends within 12 months. */
    MORTGAGE_TERM_ENDING,

    /** Interest-only principal (aflossingsvrij) remains at retirement, or exceeds 50% of the market value. */
    INTEREST_ONLY_RISK,

    /** The home is listed for sale (woning te koop). */
    HOUSE_FOR_SALE,

    /** A child in the household turns 18 within 60 days. */
    CHILD_TURNS_18,

    /** The client reaches retirement or state-pension (AOW) age within 5 years, and again within 1 year. */
    RETIREMENT_APPROACHING,

    /** A mortgaged home without building insurance (opstalverzekering). */
    MISSING_BUILDING_INSURANCE,

    /** No contents insurance (inboedelverzekering). */
    MISSING_CONTENTS_INSURANCE,

    /** No travel insurance (reisverzekering). */
    MISSING_TRAVEL_INSURANCE,

    /** No personal liability insurance (AVP). */
    MISSING_LIABILITY_INSURANCE,

    /** A partner reported a missed payment (betalingsachterstand) in the last 3 months. */
    PAYMENT_ARREARS,

    /** The subscription tier's review interval has passed (periodiek adviesgesprek). */
    ANNUAL_REVIEW_DUE,

    /** The client has a birthday today (verjaardag). */
    BIRTHDAY,

    /** A survey answer states a wish (woonwens), e.g. lower housing costs or using home equity. */
    CLIENT_WISH,

    /** A survey NPS score of 0–6 (criticaster). */
    NPS_DETRACTOR,

    /** A type added after this library was built. Read only, never written. */
    @JsonEnumDefaultValue
    UNKNOWN
}
