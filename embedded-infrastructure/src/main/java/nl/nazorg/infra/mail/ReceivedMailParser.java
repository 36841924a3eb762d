package nl.nazorg.infra.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Turns the MIME bytes of a {@link RawMail} into a {@link ReceivedMail}.
 */
final class ReceivedMailParser {

    private static final Session SESSION = newSession();

    private ReceivedMailParser() {
    }

    static ReceivedMail parse(RawMail raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw.mime()));
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedMail(raw.sequence(), raw.receivedAt(), raw.envelopeSender(), raw.envelopeRecipient(),
                    addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)),
                    message.getSubject() == null ? "" : message.getSubject(),
                    headers(message),
                    parts.text == null ? "" : parts.text,
                    parts.html == null ? "" : parts.html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read received message #" + raw.sequence(), e);
        }
    }

    private static Session newSession() {
        // jakarta.mail finds its provider through the context class loader; in a test application's own class loader
        // that may be another copy of jakarta.mail than the one this class sees.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ReceivedMailParser.class.getClassLoader());
        try {
            return Session.getInstance(new Properties());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .toList();
    }

    private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header header = all.nextElement();
            byName.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(decode(header.getValue()));
        }
        Map<String, List<String>> frozen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(frozen);
    }

    private static String decode(String value) {
        String unfolded = MimeUtility.unfold(value == null ? "" : value).trim();
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded;
        }
    }

    /** The first plain-text and the first HTML body found depth-first, skipping attachments. */
    private static final class Parts {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (text == null && part.isMimeType("text/plain")) {
                text = String.valueOf(part.getContent());
            } else if (html == null && part.isMimeType("text/html")) {
                html = String.valueOf(part.getContent());
            }
        }
    }
}
