package nl.nazorg.signal.model;

/** How the client prefers to be contacted. */
public enum PreferredChannel {
    EMAIL, PHONE, LETTER
}
