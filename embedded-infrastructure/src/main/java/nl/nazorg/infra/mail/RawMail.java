package nl.nazorg.infra.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * One message as the SMTP server received it for one envelope recipient: the envelope plus the MIME bytes.
 *
 * @param sequence          arrival order, starting at 1
 * @param envelopeSender    the {@code MAIL FROM} address (empty for a bounce)
 * @param envelopeRecipient the {@code RCPT TO} address this copy was delivered to (Bcc recipients included)
 */
public record RawMail(long sequence, Instant receivedAt, String envelopeSender, String envelopeRecipient, byte[] mime) {

    public RawMail {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(envelopeSender, "envelopeSender");
        Objects.requireNonNull(envelopeRecipient, "envelopeRecipient");
        Objects.requireNonNull(mime, "mime");
    }
}
