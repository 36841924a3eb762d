package nl.nazorg.events.campaign;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why an e-mail could not be delivered to the mail server. An extensible list: later versions may add reasons, read
 * as {@link #UNKNOWN} by this library.
 */
public enum EmailFailureReason {

    /** The client's e-mail address is missing or malformed. */
    INVALID_ADDRESS,

    /** The mail server refused the message permanently (SMTP 5xx). */
    REJECTED,

    /** The mail server stayed unreachable or answered "try later" (SMTP 4xx) until the attempts ran out. */
    SERVER_UNAVAILABLE,

    /** The template could not be rendered for this client, e.g. a field it needs is absent. */
    TEMPLATE_ERROR,

    /** A reason added after this library was built. Read only, never written. */
    @JsonEnumDefaultValue
    UNKNOWN
}
