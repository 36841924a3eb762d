package nl.nazorg.events.portfolio;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The kind of an insurance (soort verzekering). An extensible list: later versions of the contract may add kinds
 * without a new topic version, and this library reads a kind it does not know as {@link #UNKNOWN}.
 */
public enum InsuranceType {

    /** Term life insurance (overlijdensrisicoverzekering, ORV), often tied to the mortgage. */
    TERM_LIFE,

    /** Building insurance (opstalverzekering); a lender requires it for a mortgaged house. */
    BUILDING,

    /** Contents insurance (inboedelverzekering). */
    CONTENTS,

    /** Travel insurance (reisverzekering). */
    TRAVEL,

    /** Personal liability insurance (aansprakelijkheidsverzekering particulieren, AVP). */
    LIABILITY,

    /** Car insurance (autoverzekering). */
    CAR,

    /** Funeral insurance (uitvaartverzekering). */
    FUNERAL,

    /** Disability insurance (arbeidsongeschiktheidsverzekering, AOV, or woonlastenverzekering). */
    DISABILITY,

    /** A kind added after this library was built. Read only, never written. */
    @JsonEnumDefaultValue
    UNKNOWN
}
