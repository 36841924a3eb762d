package nl.nazorg.infra.mail;

import java.lang.System.Logger.Level;
import java.time.Duration;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on localhost that accepts every message, with or without authentication (any user
 * and password), and keeps what it received in a {@link Mailbox}. Plain SMTP only: no TLS, no IMAP or POP3.
 */
public final class SmtpServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SmtpServer.class.getName());

    private final MailStore store;
    private final Mailbox mailbox;
    private final int port;
    private GreenMail greenMail;

    private SmtpServer(GreenMail greenMail, MailStore store) {
        this.greenMail = greenMail;
        this.store = store;
        this.mailbox = new Mailbox(store);
        this.port = greenMail.getSmtp().getPort();
    }

    /**
     * Starts the server on {@code port} (0: a free port), keeping at most {@code capacity} messages.
     */
    public static SmtpServer start(int port, int capacity) {
        ServerSetup setup = new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        MailStore store = new MailStore(capacity);
        SmtpServer server = new SmtpServer(listen(setup, store), store);
        LOG.log(Level.INFO, "SMTP server ready on localhost:{0}", String.valueOf(server.port()));
        return server;
    }

    private static GreenMail listen(ServerSetup setup, MailStore store) {
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.getUserManager().setMessageDeliveryHandler(store.entrance());
        // GreenMail's threads inherit the caller's context class loader, and jakarta.mail looks its providers up
        // there: a resume called from a test application's class loader must not hand them that one.
        Thread current = Thread.currentThread();
        ClassLoader caller = current.getContextClassLoader();
        current.setContextClassLoader(SmtpServer.class.getClassLoader());
        try {
            greenMail.start();
        } finally {
            current.setContextClassLoader(caller);
        }
        return greenMail;
    }

    public int port() {
        return port;
    }

    /**
     * An outage: the port refuses connections (open ones are closed) until {@link #resume()}; mail kept so far stays,
     * and every message kept was kept before this returns (one whose data arrived as the stop began is not kept).
     */
    public synchronized void stop() {
        if (greenMail != null) {
            store.closeEntrances();
            greenMail.stop();
            greenMail = null;
            LOG.log(Level.INFO, "SMTP server on localhost:{0} stopped", String.valueOf(port));
        }
    }

    /** A slow server: each message is accepted {@code delay} later (zero: at once again). */
    public void delayEachMessage(Duration delay) {
        store.delayEachMessage(delay.toMillis());
    }

    /** Listens again on the same port, into the same mailbox. */
    public synchronized void resume() {
        if (greenMail == null) {
            greenMail = listen(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP), store);
            LOG.log(Level.INFO, "SMTP server on localhost:{0} listening again", String.valueOf(port));
        }
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** The raw store, for readers in another class loader (they parse the bytes with their own jakarta.mail). */
    public ReceivedMailFeed feed() {
        return store;
    }

    @Override
    public void close() {
        stop();
    }
}
