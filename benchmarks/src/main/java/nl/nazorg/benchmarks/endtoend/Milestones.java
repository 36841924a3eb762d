package nl.nazorg.benchmarks.endtoend;

import java.time.Instant;

/**
 * When one profile change passed each point of its path to the client's e-mail. All on this machine's clock (the
 * services, PostgreSQL, the broker and the SMTP sink run here), so differences between them are durations.
 *
 * @param due              when the open loop was due to send the PUT
 * @param profileCommitted {@code ce_time} of the profile event: written in client-service's transaction (outbox)
 * @param profileOnTopic   the record timestamp on client-profiles.v1 (client-service's relay sent it)
 * @param signalCommitted  {@code raised_at} of the ANNUAL_REVIEW_DUE row in portfolio-signal-service's database
 * @param signalOnTopic    the record timestamp of the SignalRaised on signals.v1
 * @param sendPlanned      {@code created_at} of the client's row in campaign-service's send log
 * @param smtpAccepted     when the SMTP sink accepted the e-mail
 */
record Milestones(Instant due, Instant profileCommitted, Instant profileOnTopic, Instant signalCommitted,
                  Instant signalOnTopic, Instant sendPlanned, Instant smtpAccepted) {

    boolean complete() {
        return due != null && profileCommitted != null && profileOnTopic != null && signalCommitted != null
                && signalOnTopic != null && sendPlanned != null && smtpAccepted != null;
    }
}
