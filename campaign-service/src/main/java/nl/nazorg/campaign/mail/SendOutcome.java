package nl.nazorg.campaign.mail;

import nl.nazorg.events.campaign.EmailFailureReason;

import java.time.Instant;
import java.util.UUID;

/** What SMTP said about one e-mail. */
public record SendOutcome(UUID sendId, boolean accepted, EmailFailureReason reason, boolean permanent, Instant at) {

    public static SendOutcome accepted(UUID sendId, Instant at) {
        return new SendOutcome(sendId, true, null, false, at);
    }

    public static SendOutcome failed(UUID sendId, EmailFailureReason reason, boolean permanent, Instant at) {
        return new SendOutcome(sendId, false, reason, permanent, at);
    }
}
