package nl.nazorg.events.campaign;

/**
 * Why a click looks like a mail-security scanner following links, not the client. Such clicks are kept, flagged and
 * left out of the headline click-through rate.
 */
public enum ScannerSuspicion {

    /** The link was opened within seconds of sending. */
    TOO_SOON_AFTER_SEND,

    /** The request was a HEAD request, which browsers do not make for a click. */
    HEAD_REQUEST,

    /** The user agent is a known scanner. */
    KNOWN_SCANNER_AGENT
}
