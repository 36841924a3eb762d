package nl.nazorg.signal.model;

/** Insurance types Nazorg knows. */
public enum InsuranceType {
    /** Term life insurance (overlijdensrisicoverzekering, ORV). */
    TERM_LIFE,
    /** Building insurance (opstalverzekering). */
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
    /** Disability insurance (arbeidsongeschiktheidsverzekering). */
    DISABILITY
}
