package nl.nazorg.events.survey;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * A wish a client states in the annual aftercare scan (jaarlijkse nazorgscan). An extensible list: later versions
 * may add wishes, read as {@link #UNKNOWN} by this library.
 */
public enum WishCode {

    /** Lower housing costs (lagere woonlasten). */
    LOWER_HOUSING_COSTS,

    /** Live larger (groter wonen). */
    LIVE_LARGER,

    /** Live smaller (kleiner wonen). */
    LIVE_SMALLER,

    /** Improve or make the house more sustainable (verbouwen of verduurzamen). */
    IMPROVE_HOUSE,

    /** Stop working earlier or add to the pension (eerder stoppen met werken of pensioen aanvullen). */
    STOP_WORKING_EARLIER,

    /** Use home equity for extra income (overwaarde gebruiken voor extra inkomen). */
    USE_EQUITY_FOR_INCOME,

    /** Use home equity to help the children (overwaarde gebruiken om de kinderen te helpen). */
    USE_EQUITY_FOR_CHILDREN,

    /** Another wish; its text stays in survey-service (anders). */
    OTHER,

    /** No changes wanted (geen veranderingen). */
    NO_CHANGES,

    /** A wish added after this library was built. Read only, never written. */
    @JsonEnumDefaultValue
    UNKNOWN
}
