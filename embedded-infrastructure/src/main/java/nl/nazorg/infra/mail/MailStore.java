package nl.nazorg.infra.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.MessagingException;

/**
 * Takes every message GreenMail accepts, in arrival order, instead of GreenMail's per-user IMAP folders: one ordered
 * list is what tests and the launcher read, and it is bounded so a benchmark of 50,000 e-mails cannot fill the heap
 * (the oldest messages are dropped first, the count keeps going).
 */
final class MailStore implements ReceivedMailFeed {

    private final int capacity;
    private final Deque<RawMail> messages = new ArrayDeque<>();
    private long received;
    /** How many times the server stopped: an entrance opened before the last stop keeps nothing. */
    private long stops;
    private volatile long delayMillis;

    MailStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The mailbox must keep at least one message, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Where one run of the server hands its messages in, until {@link #closeEntrances()}. */
    synchronized MessageDeliveryHandler entrance() {
        long opened = stops;
        return (message, recipient) -> keep(message, recipient, opened);
    }

    /**
     * Called before the server stops, so that nothing is kept after the stop returns: GreenMail's stop closes the
     * sockets without waiting for a conversation that is storing its message, which a crashed server would lose.
     */
    synchronized void closeEntrances() {
        stops++;
    }

    private GreenMailUser keep(MovingMessage message, MailAddress recipient, long opened) throws MessagingException {
        pause();
        byte[] mime = toBytes(message);
        String sender = message.getReturnPath() == null ? "" : message.getReturnPath().getEmail();
        synchronized (this) {
            if (opened != stops) {
                throw new MessagingException("The SMTP server stopped while this message arrived");
            }
            received++;
            messages.addLast(new RawMail(received, Instant.now(), sender, recipient.getEmail(), mime));
            if (messages.size() > capacity) {
                messages.removeFirst();
            }
        }
        return DiscardingUser.INSTANCE;
    }

    /** Each message is accepted this much later (a slow SMTP server: the client waits for the reply to DATA). */
    void delayEachMessage(long millis) {
        delayMillis = millis;
    }

    private void pause() throws MessagingException {
        long delay = delayMillis;
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MessagingException("interrupted while slowed down", e);
            }
        }
    }

    @Override
    public synchronized List<RawMail> read() {
        return List.copyOf(messages);
    }

    @Override
    public synchronized long receivedCount() {
        return received;
    }

    @Override
    public synchronized void clear() {
        messages.clear();
        received = 0;
    }

    private static byte[] toBytes(MovingMessage message) throws MessagingException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.getMessage().writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("Cannot store received message", e);
        }
    }
}
