package nl.nazorg.campaign.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail rendered and ready for SMTP; lives only between claim and result.
 *
 * @param attempt        the send's attempt counter as its claim left it: the fencing token of the result
 * @param firstAttemptAt when the send was first claimed (its retries end {@code dispatch.retry-for} later)
 */
public record OutgoingMail(UUID sendId, int attempt, Instant firstAttemptAt, String from, String to, String subject, String text, String html,
                           String unsubscribeUrl) {
}
