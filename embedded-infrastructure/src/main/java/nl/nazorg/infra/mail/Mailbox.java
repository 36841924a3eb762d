package nl.nazorg.infra.mail;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the local SMTP server received, readable by tests and by the launcher.
 *
 * <p>One entry per envelope recipient, in arrival order, as a mail server delivers it: a message sent to two addresses
 * appears twice. The waits are bounded and fail with an {@link AssertionError} that lists what did arrive.
 */
public final class Mailbox {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private final ReceivedMailFeed feed;

    public Mailbox(ReceivedMailFeed feed) {
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    /** The kept messages, oldest first. */
    public List<ReceivedMail> messages() {
        return feed.read().stream().map(ReceivedMailParser::parse).toList();
    }

    /** The kept messages delivered to an address (envelope recipient, To or Cc), oldest first. */
    public List<ReceivedMail> messagesTo(String address) {
        return messages().stream().filter(mail -> mail.isAddressedTo(address)).toList();
    }

    /** How many messages arrived since start or the last {@link #clear()}, including ones no longer kept. */
    public long receivedCount() {
        return feed.receivedCount();
    }

    /** Forgets every message received so far (e.g. between tests that share the server). */
    public void clear() {
        feed.clear();
    }

    /**
     * Waits until at least {@code count} messages have arrived and returns all kept messages.
     *
     * @throws AssertionError when fewer arrived within the timeout
     */
    public List<ReceivedMail> awaitMessages(int count, Duration timeout) {
        return awaitMessages(mail -> true, count, timeout);
    }

    /**
     * Waits until at least {@code count} messages match and returns the matching ones, oldest first.
     *
     * @throws AssertionError when fewer matched within the timeout
     */
    public List<ReceivedMail> awaitMessages(Predicate<ReceivedMail> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedMail> matching = messages().stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Expected at least " + count + " matching e-mail(s) within " + timeout
                        + " but " + matching.size() + " matched; received: " + summary());
            }
            pause();
        }
    }

    /**
     * Waits for the first message that matches.
     *
     * @throws AssertionError when none matched within the timeout
     */
    public ReceivedMail awaitMessage(Predicate<ReceivedMail> match, Duration timeout) {
        return awaitMessages(match, 1, timeout).get(0);
    }

    private String summary() {
        List<ReceivedMail> all = messages();
        if (all.isEmpty()) {
            return "nothing";
        }
        return all.stream()
                .map(mail -> "#" + mail.sequence() + " to " + mail.envelopeRecipient() + " '" + mail.subject() + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for e-mail", e);
        }
    }
}
