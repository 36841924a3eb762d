package nl.nazorg.launcher.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.mail.SmtpServer;

/** The mailbox page against a real SMTP server, fed over real SMTP, read over real HTTP. */
class MailboxPageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String TRACKED_LINK = "http://localhost:8083/r/AbC123_xyz-Q";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private SmtpServer smtp;
    private MailboxPage page;

    @BeforeEach
    void start() throws Exception {
        smtp = SmtpServer.start(0, 100);
        page = MailboxPage.start(0, smtp.mailbox());
    }

    @AfterEach
    void stop() {
        page.close();
        smtp.close();
    }

    @Test
    void listsTheMessageAndShowsItsHtmlInASandboxWithTheTrackedLinkClickable() throws Exception {
        send("jan.jansen@example.nl", "Uw rentevastperiode loopt af <b>nu</b>",
                "Beste Jan,\n\nPlan een gesprek: " + TRACKED_LINK + ".",
                "<html><head><title>Nazorg</title></head><body><p>Beste Jan,</p><p><a href=\"" + TRACKED_LINK
                        + "\">Plan een gesprek</a></p><script>alert('mail')</script></body></html>");
        ReceivedMail mail = smtp.mailbox().awaitMessage(m -> m.isAddressedTo("jan.jansen@example.nl"), TIMEOUT);

        HttpResponse<String> list = get("/");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
        assertThat(list.body()).contains("Uw rentevastperiode loopt af &lt;b&gt;nu&lt;/b&gt;")
                .doesNotContain("<b>nu</b>").contains("jan.jansen@example.nl")
                .contains("href=\"/messages/" + mail.sequence() + "\"");

        HttpResponse<String> message = get("/messages/" + mail.sequence());
        assertThat(message.statusCode()).isEqualTo(200);
        assertThat(message.body())
                .contains("<h1>Uw rentevastperiode loopt af &lt;b&gt;nu&lt;/b&gt;</h1>")
                .contains("<a href=\"" + TRACKED_LINK + "\" target=\"_blank\" rel=\"noopener noreferrer\">")
                .contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
                .contains("srcdoc=\"&lt;html&gt;&lt;head&gt;&lt;base target=&quot;_blank&quot;&gt;&lt;title&gt;")
                .contains("&lt;a href=&quot;" + TRACKED_LINK + "&quot;&gt;Plan een gesprek&lt;/a&gt;")
                .contains("&lt;script&gt;alert(&#39;mail&#39;)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("allow-scripts").doesNotContain("allow-same-origin")
                .contains("<pre>Beste Jan,");
    }

    @Test
    void filtersByRecipientNewestFirst() throws Exception {
        send("anna@example.nl", "Eerste voor Anna", "Een", null);
        send("piet@example.nl", "Voor Piet", "Twee", null);
        send("anna@example.nl", "Tweede voor Anna", "Drie", null);
        smtp.mailbox().awaitMessages(3, TIMEOUT);

        String annas = get("/?to=anna%40example.nl").body();

        assertThat(annas).contains("Eerste voor Anna", "Tweede voor Anna").doesNotContain("Voor Piet");
        assertThat(annas.indexOf("Tweede voor Anna")).isLessThan(annas.indexOf("Eerste voor Anna"));
    }

    @Test
    void refusesUnknownPagesOtherMethodsAndOtherHosts() throws Exception {
        assertThat(get("/messages/999").statusCode()).isEqualTo(404);
        assertThat(get("/admin").statusCode()).isEqualTo(404);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(page.url())).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        assertThat(statusLineFor("rebound.example.com:" + page.port())).contains(" 403 ");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + page.port() + path)).timeout(TIMEOUT)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with another Host header, as a browser sends it after DNS rebinding (HttpClient cannot set Host). */
    private String statusLineFor(String host) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), page.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private void send(String to, String subject, String text, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@nazorg.test", "Hypotheekhuis Demo", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(text, "plain"));
            alternative.addBodyPart(part(html, "html"));
            message.setContent(alternative);
        }
        Transport.send(message);
    }

    private static MimeBodyPart part(String content, String subtype) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        return part;
    }
}
