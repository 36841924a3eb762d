package nl.nazorg.events.signal;

/** Why no message may go to the client about a signal, though it stays on the adviser's worklist. */
public enum SuppressionReason {

    /**
     * The client has open payment arrears (betalingsachterstand): every MARKETING message is suppressed and the client
     * is routed to a person.
     */
    PAYMENT_ARREARS
}
