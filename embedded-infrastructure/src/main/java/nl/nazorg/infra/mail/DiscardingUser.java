package nl.nazorg.infra.mail;

import com.icegreen.greenmail.mail.MovingMessage;
import jakarta.mail.internet.MimeMessage;

/**
 * The GreenMail user every message is "delivered" to after {@link MailStore} took it: it keeps nothing, so messages are
 * not held a second time in GreenMail's IMAP store.
 */
final class DiscardingUser implements com.icegreen.greenmail.user.GreenMailUser {

    static final DiscardingUser INSTANCE = new DiscardingUser();

    private DiscardingUser() {
    }

    @Override
    public String getEmail() {
        return "sink@localhost";
    }

    @Override
    public String getLogin() {
        return "sink";
    }

    @Override
    public void deliver(MovingMessage message) {
        // Already stored by MailStore.
    }

    @Override
    public void deliver(MimeMessage message) {
        // Already stored by MailStore.
    }

    @Override
    public void create() {
        // Nothing to create: there is no folder.
    }

    @Override
    public void delete() {
        // Nothing to delete: there is no folder.
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public void setPassword(String password) {
        // Any password is accepted (authentication is disabled).
    }

    @Override
    public void authenticate(String password) {
        // Any password is accepted (authentication is disabled).
    }

    @Override
    public String getQualifiedMailboxName() {
        return "sink";
    }
}
