package nl.nazorg.events.campaign;

/** What a client unsubscribed from (afmelden). */
public enum UnsubscribeScope {

    /** Every MARKETING e-mail of the firm; service messages about the client's products still go. */
    MARKETING
}
