package nl.nazorg.infra.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A readable view of one received e-mail, for assertions and for the launcher's mail view.
 *
 * @param sequence          arrival order, starting at 1
 * @param envelopeSender    the {@code MAIL FROM} address
 * @param envelopeRecipient the {@code RCPT TO} address this copy was delivered to (Bcc recipients included)
 * @param from              the addresses of the From header
 * @param to                the addresses of the To header
 * @param cc                the addresses of the Cc header
 * @param subject           the decoded subject, empty when absent
 * @param headers           every header by name (case-insensitive), values decoded (RFC 2047) and unfolded
 * @param text              the first text/plain part that is not an attachment, empty when absent
 * @param html              the first text/html part that is not an attachment, empty when absent
 */
public record ReceivedMail(
        long sequence,
        Instant receivedAt,
        String envelopeSender,
        String envelopeRecipient,
        List<String> from,
        List<String> to,
        List<String> cc,
        String subject,
        Map<String, List<String>> headers,
        String text,
        String html) {

    /** The first value of a header, e.g. {@code header("List-Unsubscribe-Post")}. */
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    /** Every value of a header, in message order; empty when the header is absent. */
    public List<String> headers(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** Whether the message was delivered to this address (envelope recipient or To/Cc), ignoring case. */
    public boolean isAddressedTo(String address) {
        return envelopeRecipient.equalsIgnoreCase(address)
                || to.stream().anyMatch(address::equalsIgnoreCase)
                || cc.stream().anyMatch(address::equalsIgnoreCase);
    }
}
