package nl.nazorg.events.campaign;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why a campaign gave a person a task instead of sending an e-mail. An extensible list: later versions may add
 * reasons, read as {@link #UNKNOWN} by this library.
 */
public enum AdviserTaskReason {

    /** The client prefers the phone (voorkeur telefoon). */
    PHONE_PREFERRED,

    /** The client prefers a letter (voorkeur post). */
    LETTER_PREFERRED,

    /** The client has open payment arrears: a person, not an e-mail (betalingsachterstand). */
    PAYMENT_ARREARS,

    /** The campaign runs in REVIEW mode: the adviser approves the e-mail before it goes (beoordelen). */
    APPROVAL_REQUIRED,

    /** No usable e-mail address is known for the client. */
    NO_EMAIL_ADDRESS,

    /** The e-mail failed permanently; the client needs another way. */
    EMAIL_FAILED,

    /** A reason added after this library was built. Read only, never written. */
    @JsonEnumDefaultValue
    UNKNOWN
}
