package nl.nazorg.messaging.outbox;

import java.time.Duration;

/**
 * How an {@link OutboxRelay} runs.
 *
 * @param batchSize     rows read, sent and acknowledged per cycle
 * @param sweepInterval how often the relay looks for rows whose wake-up it missed
 * @param maxBackoff    the longest pause after the broker refused rows
 * @param closeTimeout  how long closing waits for a running cycle
 */
public record RelaySettings(int batchSize, Duration sweepInterval, Duration maxBackoff, Duration closeTimeout) {

    public RelaySettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }
}
