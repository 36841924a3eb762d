package nl.nazorg.campaign.signal;

import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.events.signal.SignalRaised;

/**
 * One event of a poll with the signal as it stood right after that event (a stale event leaves the state it found),
 * so that the triggers decide exactly as they did when each record was its own transaction.
 */
public record SignalChange(SignalEvent event, KnownSignal after) {

    /** A raised signal that still holds: the triggered campaigns plan their sends. */
    public boolean raisedOpen() {
        return event instanceof SignalRaised && after.open;
    }

    /** An update or resolution after which the signal no longer holds: its unsent e-mails go. */
    public boolean closes() {
        return !(event instanceof SignalRaised) && !after.open;
    }
}
