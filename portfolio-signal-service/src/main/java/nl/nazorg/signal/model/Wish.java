package nl.nazorg.signal.model;

/** Wishes from the annual aftercare scan (jaarlijkse nazorgscan). */
public enum Wish {
    /** Lagere woonlasten. */
    LOWER_HOUSING_COSTS,
    /** Groter wonen. */
    LIVE_LARGER,
    /** Kleiner wonen. */
    LIVE_SMALLER,
    /** Het huis verbeteren of verduurzamen. */
    IMPROVE_HOUSE,
    /** Eerder stoppen met werken of pensioen aanvullen. */
    STOP_WORKING_EARLIER,
    /** Overwaarde gebruiken voor extra inkomen. */
    USE_EQUITY_FOR_INCOME,
    /** Overwaarde gebruiken om de kinderen te helpen. */
    USE_EQUITY_FOR_CHILDREN,
    /** Een andere wens. */
    OTHER,
    /** Geen veranderingen: not a wish, never raises a signal. */
    NO_CHANGES
}
