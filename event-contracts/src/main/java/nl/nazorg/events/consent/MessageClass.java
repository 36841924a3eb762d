package nl.nazorg.events.consent;

/**
 * Whether a message needs marketing consent. Every signal and every send carries one.
 */
public enum MessageClass {

    /**
     * Service message (servicebericht) about a product the client has, e.g. the fixed-rate period (rentevastperiode)
     * ends or the mandatory building insurance (opstalverzekering) is missing. Needs no marketing consent.
     */
    SERVICE,

    /**
     * Marketing message (commerciële e-mail, Telecommunicatiewet art. 11.7): needs an opt-in or a valid
     * existing-customer soft opt-in, and is suppressed while a payment-arrears signal is open.
     */
    MARKETING
}
