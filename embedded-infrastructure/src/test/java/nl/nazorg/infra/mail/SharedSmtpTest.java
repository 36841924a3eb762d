package nl.nazorg.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * The SMTP server of the shared test infrastructure, fed over real SMTP by jakarta.mail.
 */
class SharedSmtpTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aSentMailIsReadableWithSubjectHeadersAndBothBodies() throws Exception {
        String client = unique("jan.jansen");
        MimeMessage message = newMessage(client, "Uw rentevastperiode loopt af — bespaar € 1.234,56");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart("Beste Jan,\nUw rentevastperiode loopt af.", "plain"));
        alternative.addBodyPart(textPart("<p>Beste Jan,</p><p>Uw rentevastperiode loopt af.</p>", "html"));
        message.setContent(alternative);
        message.setHeader("List-Unsubscribe", "<https://nazorg.test/u/abc123>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        Transport.send(message);

        ReceivedMail mail = NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client), TIMEOUT);
        assertThat(mail.subject()).isEqualTo("Uw rentevastperiode loopt af — bespaar € 1.234,56");
        assertThat(mail.from()).containsExactly("noreply@nazorg.test");
        assertThat(mail.to()).containsExactly(client);
        assertThat(mail.envelopeSender()).isEqualTo("noreply@nazorg.test");
        assertThat(mail.envelopeRecipient()).isEqualTo(client);
        assertThat(mail.header("list-unsubscribe-post")).contains("List-Unsubscribe=One-Click");
        assertThat(mail.header("List-Unsubscribe")).contains("<https://nazorg.test/u/abc123>");
        assertThat(mail.header("From")).hasValueSatisfying(from -> assertThat(from).contains("Nazorg"));
        assertThat(mail.text()).contains("Beste Jan,").doesNotContain("<p>");
        assertThat(mail.html()).contains("<p>Beste Jan,</p>");
        assertThat(mail.sequence()).isPositive();
    }

    @Test
    void eachEnvelopeRecipientGetsACopyIncludingBcc() throws Exception {
        String client = unique("client");
        String adviser = unique("adviser");
        MimeMessage message = newMessage(client, "Nieuwe klantvraag");
        message.setRecipient(Message.RecipientType.BCC, new InternetAddress(adviser));
        message.setText("Een klant heeft een vraag.", "UTF-8");

        Transport.send(message);

        Mailbox mailbox = NazorgTestInfrastructure.mailbox();
        List<ReceivedMail> copies = mailbox.awaitMessages(m -> m.subject().equals("Nieuwe klantvraag")
                && (m.envelopeRecipient().equals(client) || m.envelopeRecipient().equals(adviser)), 2, TIMEOUT);
        assertThat(copies).extracting(ReceivedMail::envelopeRecipient).containsExactlyInAnyOrder(client, adviser);
        assertThat(copies).allSatisfy(copy -> {
            assertThat(copy.to()).containsExactly(client);
            assertThat(copy.text()).isEqualTo("Een klant heeft een vraag.");
            assertThat(copy.html()).isEmpty();
            assertThat(copy.headers("Bcc")).isEmpty();
        });
        assertThat(mailbox.messagesTo(adviser)).hasSize(1);
    }

    @Test
    void anyUserAndPasswordAreAccepted() throws Exception {
        String client = unique("met.login");
        MimeMessage message = newMessage(client, "Met inloggen");
        message.setText("Ingelogd verstuurd.");

        Transport.send(message, "campaign-service", "whatever-" + UUID.randomUUID());

        assertThat(NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(client), TIMEOUT).text())
                .isEqualTo("Ingelogd verstuurd.");
    }

    @Test
    void waitingForMailThatNeverComesFailsWithWhatDidArrive() {
        String nobody = unique("nobody");

        assertThatThrownBy(() -> NazorgTestInfrastructure.mailbox().awaitMessage(m -> m.isAddressedTo(nobody), Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected at least 1 matching e-mail(s) within PT0.3S but 0 matched");
    }

    private static MimeMessage newMessage(String to, String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(NazorgTestInfrastructure.connectionSettings().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        try {
            message.setFrom(new InternetAddress("noreply@nazorg.test", "Nazorg Hypotheekadvies", "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        return message;
    }

    private static MimeBodyPart textPart(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        return part;
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }
}
