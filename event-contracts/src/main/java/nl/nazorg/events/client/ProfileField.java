package nl.nazorg.events.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * A field of the {@link ClientProfile} that a client may change themselves, e.g. in a survey. The values of
 * {@link ProfileChangeRequested#changes()} are text in the JSON form of that field. An extensible list: later versions
 * may add fields, read as {@link #UNKNOWN} by this library.
 */
public enum ProfileField {

    /** {@link ClientProfile#email()}: an e-mail address. */
    EMAIL,

    /** {@link ClientProfile#phone()}: a phone number, preferably E.164. */
    PHONE,

    /** {@link ClientProfile#preferredChannel()}: EMAIL, PHONE or LETTER. */
    PREFERRED_CHANNEL,

    /** {@link ClientProfile#language()}: {@code nl} or {@code en}. */
    LANGUAGE,

    /** {@link ClientProfile#plannedRetirementDate()}: an ISO date, e.g. {@code 2031-07-01}. */
    PLANNED_RETIREMENT_DATE,

    /** {@link ClientProfile#minimumMonthlySaving()}: euros as a decimal, e.g. {@code 150.00}. */
    MINIMUM_MONTHLY_SAVING,

    /** A field added after this library was built. Read only, never written. */
    @JsonEnumDefaultValue
    UNKNOWN
}
