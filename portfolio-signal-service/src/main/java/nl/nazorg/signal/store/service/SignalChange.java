package nl.nazorg.signal.store.service;

import nl.nazorg.signal.rules.SignalFinding;
import nl.nazorg.signal.store.mapping.SignalEvents;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * One published change of a signal: the row after the change, which event tells it, and the finding the row was
 * just filled from (null for a resolution or a status change), whose figures and inputs the event then takes as
 * they are instead of reading them back from the row's JSON.
 */
public record SignalChange(SignalEvents.Kind kind, SignalRow row, SignalFinding finding) {

    /** A change that no finding made: a resolution, an adviser's status change. */
    public SignalChange(SignalEvents.Kind kind, SignalRow row) {
        this(kind, row, null);
    }
}
