package nl.nazorg.events.campaign;

/** How a client unsubscribed. */
public enum UnsubscribeChannel {

    /** The mail client's one-click unsubscribe (List-Unsubscribe-Post, RFC 8058). */
    ONE_CLICK,

    /** The unsubscribe page behind the link in the e-mail. */
    PAGE
}
