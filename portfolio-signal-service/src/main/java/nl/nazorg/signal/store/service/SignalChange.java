package nl.nazorg.signal.store.service;

import nl.nazorg.signal.store.mapping.SignalEvents;
import nl.nazorg.signal.store.repository.SignalRow;

/** One published change of a signal: the row after the change and which event tells it. */
public record SignalChange(SignalEvents.Kind kind, SignalRow row) {
}
