package nl.nazorg.campaign.mail;

import java.util.UUID;

/**
 * An e-mail rendered and ready for SMTP; lives only between claim and result.
 *
 * @param attempt the send's attempt counter as its claim left it: the fencing token of the result
 */
public record OutgoingMail(UUID sendId, int attempt, String from, String to, String subject, String text, String html,
                           String unsubscribeUrl) {
}
