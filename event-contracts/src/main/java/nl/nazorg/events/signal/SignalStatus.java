package nl.nazorg.events.signal;

/** Where the adviser is with a signal (status in de werklijst). */
public enum SignalStatus {

    /** Not picked up yet (open). */
    OPEN,

    /** An adviser is working on it (in behandeling). */
    IN_PROGRESS,

    /** Handled (afgehandeld). */
    DONE,

    /** Put aside by the adviser (afgewezen), with a {@link DismissReason}. */
    DISMISSED
}
