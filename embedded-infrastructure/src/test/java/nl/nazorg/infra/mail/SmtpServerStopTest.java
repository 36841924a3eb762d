package nl.nazorg.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server's outage as the fault scenarios use it: whatever it kept, it kept before {@link SmtpServer#stop()}
 * returned, so an e-mail counted twice can be told from the window of the stop by its arrival time.
 */
class SmtpServerStopTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aMessageWhoseDataArrivedAsTheStopBeganIsNotKept() throws Exception {
        try (SmtpServer server = SmtpServer.start(0, 10)) {
            server.delayEachMessage(Duration.ofSeconds(1));
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> send(server.port(), "cut off"));
            Awaitility.await().atMost(TIMEOUT).until(SmtpServerStopTest::aConversationIsStoringItsMessage);

            server.stop();
            long keptAtTheStop = server.feed().receivedCount();

            assertThatThrownBy(() -> sending.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
            // The cut-off conversation's thread outlives the stop: it is done once it left the store.
            Awaitility.await().atMost(TIMEOUT).until(() -> !aConversationIsStoringItsMessage());
            assertThat(keptAtTheStop).isZero();
            assertThat(server.feed().receivedCount()).as("kept after the stop returned").isZero();

            server.delayEachMessage(Duration.ZERO);
            server.resume();
            send(server.port(), "after the restart");
            assertThat(server.mailbox().messages()).extracting(ReceivedMail::subject)
                    .containsExactly("after the restart");
        }
    }

    /** A GreenMail thread inside the store (slowed down by {@link SmtpServer#delayEachMessage}). */
    private static boolean aConversationIsStoringItsMessage() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().startsWith(MailStore.class.getName())));
    }

    private static void send(int port, String subject) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("noreply@nazorg.test"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("klant@nazorg.test"));
            message.setSubject(subject);
            message.setText("Tekst");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
