package nl.nazorg.events.client;

/** The channel the client prefers to be contacted by (voorkeurskanaal). */
public enum ContactChannel {

    /** E-mail: campaigns send to the client directly. */
    EMAIL,

    /** Phone: campaigns create an adviser task instead of sending an e-mail. */
    PHONE,

    /** Letter (post): campaigns create an adviser task instead of sending an e-mail. */
    LETTER
}
