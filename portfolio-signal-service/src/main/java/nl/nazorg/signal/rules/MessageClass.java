package nl.nazorg.signal.rules;

/**
 * Whether a message about the signal is a service message (about a product the client has; no
 * marketing consent needed) or a marketing message (needs opt-in or soft opt-in, Telecommunicatiewet 11.7).
 */
public enum MessageClass {
    SERVICE,
    MARKETING
}
