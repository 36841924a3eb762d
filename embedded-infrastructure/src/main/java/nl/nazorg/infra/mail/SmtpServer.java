package nl.nazorg.infra.mail;

import java.lang.System.Logger.Level;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on localhost that accepts every message, with or without authentication (any user
 * and password), and keeps what it received in a {@link Mailbox}. Plain SMTP only: no TLS, no IMAP or POP3.
 */
public final class SmtpServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SmtpServer.class.getName());

    private final GreenMail greenMail;
    private final MailStore store;
    private final Mailbox mailbox;

    private SmtpServer(GreenMail greenMail, MailStore store) {
        this.greenMail = greenMail;
        this.store = store;
        this.mailbox = new Mailbox(store);
    }

    /**
     * Starts the server on {@code port} (0: a free port), keeping at most {@code capacity} messages.
     */
    public static SmtpServer start(int port, int capacity) {
        ServerSetup setup = new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        MailStore store = new MailStore(capacity);
        greenMail.getUserManager().setMessageDeliveryHandler(store);
        greenMail.start();
        SmtpServer server = new SmtpServer(greenMail, store);
        LOG.log(Level.INFO, "SMTP server ready on localhost:{0}", String.valueOf(server.port()));
        return server;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
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
        greenMail.stop();
    }
}
