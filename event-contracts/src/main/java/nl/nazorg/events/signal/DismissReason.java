package nl.nazorg.events.signal;

/** Why an adviser dismissed a signal. A code, never free text: the topic is partner-facing. */
public enum DismissReason {

    /** Not relevant for this client (niet relevant). */
    NOT_RELEVANT,

    /** Already handled outside Nazorg (al afgehandeld). */
    ALREADY_HANDLED,

    /** The client said no (klant niet geïnteresseerd). */
    CLIENT_DECLINED,

    /** The signal rests on wrong data (onjuiste gegevens). */
    INCORRECT_DATA,

    /** Any other reason (overig). */
    OTHER
}
