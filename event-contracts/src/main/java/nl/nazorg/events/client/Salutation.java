package nl.nazorg.events.client;

/** How a letter or e-mail addresses the client (aanhef). */
public enum Salutation {

    /** "Geachte heer …" (de heer). */
    MR,

    /** "Geachte mevrouw …" (mevrouw). */
    MS,

    /** No gendered form: "Geachte J.P. van der Berg" or "Beste Jan". The default when the client has not said. */
    NEUTRAL
}
