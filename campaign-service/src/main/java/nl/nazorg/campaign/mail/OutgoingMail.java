package nl.nazorg.campaign.mail;

import java.util.UUID;

/** An e-mail rendered and ready for SMTP; lives only between claim and result. */
public record OutgoingMail(UUID sendId, String from, String to, String subject, String text, String html,
                           String unsubscribeUrl) {
}
