package nl.nazorg.benchmarks.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.infra.mail.RawMail;
import nl.nazorg.infra.mail.ReceivedMailFeed;

/**
 * Every {@code X-Nazorg-Send-Id} the SMTP sink receives from its start until {@link #close()}, with the moments each
 * arrived: how a duplicate is told from a second e-mail to the same client. The sink keeps a bounded number of
 * messages, so the tally reads them as they arrive (every 100 ms) and fails when one was dropped before it was read.
 */
final class SendIdTally implements AutoCloseable {

    private static final String HEADER = "x-nazorg-send-id:";
    private static final Duration INTERVAL = Duration.ofMillis(100);

    private final ReceivedMailFeed feed;
    private final Map<String, List<Instant>> arrivals = new HashMap<>();
    private final Thread reader;
    private long lastSequence;
    private volatile boolean running = true;
    private volatile IllegalStateException missed;

    private SendIdTally(ReceivedMailFeed feed) {
        this.feed = feed;
        this.lastSequence = feed.receivedCount();
        this.reader = new Thread(this::readUntilClosed, "send-id-tally");
        reader.setDaemon(true);
        reader.start();
    }

    static SendIdTally start(ReceivedMailFeed feed) {
        return new SendIdTally(feed);
    }

    /** Stops reading (after reading what arrived so far); answers each send id with its arrivals, oldest first. */
    Map<String, List<Instant>> stop() {
        running = false;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readNew();
        if (missed != null) {
            throw missed;
        }
        return Map.copyOf(arrivals);
    }

    private void readUntilClosed() {
        while (running) {
            readNew();
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void readNew() {
        for (RawMail mail : feed.read()) {
            if (mail.sequence() <= lastSequence) {
                continue;
            }
            if (mail.sequence() != lastSequence + 1 && missed == null) {
                missed = new IllegalStateException("the SMTP sink dropped e-mails " + (lastSequence + 1) + " to "
                        + (mail.sequence() - 1) + " before they were read: its mailbox is too small");
            }
            lastSequence = mail.sequence();
            arrivals.computeIfAbsent(sendId(mail.mime()), id -> new ArrayList<>()).add(mail.receivedAt());
        }
    }

    /** The header's value, or "" for a message without one (not one of the service's). */
    private static String sendId(byte[] mime) {
        String text = new String(mime, 0, Math.min(mime.length, 16_384), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String headers = (end < 0 ? text : text.substring(0, end)).toLowerCase();
        int at = headers.indexOf(HEADER);
        if (at < 0) {
            return "";
        }
        int lineEnd = headers.indexOf('\r', at);
        return headers.substring(at + HEADER.length(), lineEnd < 0 ? headers.length() : lineEnd).trim();
    }

    @Override
    public void close() {
        running = false;
        reader.interrupt();
    }
}
