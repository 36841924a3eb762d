package nl.nazorg.campaign.mail;

import nl.nazorg.events.campaign.EmailFailureReason;

import java.time.Instant;
import java.util.UUID;

/**
 * What SMTP said about one e-mail.
 *
 * @param attempt        the attempt its claim made: the fencing token its result must match
 * @param firstAttemptAt when the send was first claimed
 */
public record SendOutcome(UUID sendId, int attempt, Instant firstAttemptAt, boolean accepted,
                          EmailFailureReason reason, boolean permanent, Instant at) {

    public static SendOutcome accepted(OutgoingMail mail, Instant at) {
        return new SendOutcome(mail.sendId(), mail.attempt(), mail.firstAttemptAt(), true, null, false, at);
    }

    public static SendOutcome failed(OutgoingMail mail, EmailFailureReason reason, boolean permanent, Instant at) {
        return new SendOutcome(mail.sendId(), mail.attempt(), mail.firstAttemptAt(), false, reason, permanent, at);
    }
}
