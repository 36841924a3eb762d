package nl.nazorg.benchmarks.campaign;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Baseline: a raw SMTP client (Jakarta Mail) sending an e-mail the service produced, byte for byte, to as many
 * recipients as the campaign had, over the same number of connections, each kept open for all its messages. What
 * the SMTP sink alone accepts.
 */
final class RawSmtpClient {

    private RawSmtpClient() {
    }

    /** Sends {@code count} copies of {@code mime}; answers the seconds until the sink accepted them all. */
    static double seconds(int smtpPort, byte[] mime, int count, int connections, String recipientDomain)
            throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mime));
        message.saveChanges();
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int connection = 0; connection < connections; connection++) {
                int first = connection;
                done.add(senders.submit(() -> {
                    try (Transport transport = session.getTransport("smtp")) {
                        transport.connect();
                        for (int i = first; i < count; i += connections) {
                            transport.sendMessage(message,
                                    new Address[] {new InternetAddress("raw-" + i + "@" + recipientDomain)});
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> connection : done) {
                connection.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            senders.shutdownNow();
        }
    }
}
