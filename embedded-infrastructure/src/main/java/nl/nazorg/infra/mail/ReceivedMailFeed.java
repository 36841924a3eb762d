package nl.nazorg.infra.mail;

import java.util.List;

/**
 * Where a {@link Mailbox} reads received mail from: the SMTP server's store in this class loader, or a bridge to the
 * one shared by the whole JVM (see {@code nl.nazorg.infra.test}).
 */
public interface ReceivedMailFeed {

    /** The kept messages, oldest first. */
    List<RawMail> read();

    /** How many messages arrived since the server started or was last cleared, including those no longer kept. */
    long receivedCount();

    /** Forgets every message received so far. */
    void clear();
}
