package nl.nazorg.campaign.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.campaign.EmailFailureReason;
import org.jboss.logging.Logger;

import java.time.Clock;

/** Hands one e-mail to SMTP (blocking, from a dispatcher thread) and classifies the answer. */
@ApplicationScoped
public class SmtpSender {

    private static final Logger LOG = Logger.getLogger(SmtpSender.class);

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    public SendOutcome send(OutgoingMail outgoing) {
        Mail mail = new Mail()
                .addTo(outgoing.to())
                .setSubject(outgoing.subject())
                .setText(outgoing.text())
                .setHtml(outgoing.html())
                .addHeader("List-Unsubscribe", "<" + outgoing.unsubscribeUrl() + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("X-Nazorg-Send-Id", outgoing.sendId().toString());
        if (outgoing.from() != null) {
            mail.setFrom(outgoing.from());
        }
        try {
            mailer.send(mail);
            return SendOutcome.accepted(outgoing, clock.instant());
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            boolean permanent = smtp != null && smtp.isPermanent();
            EmailFailureReason reason = smtp == null ? EmailFailureReason.SERVER_UNAVAILABLE
                    : permanent && smtp.getReplyCode() >= 550 && smtp.getReplyCode() <= 553
                    ? EmailFailureReason.INVALID_ADDRESS
                    : permanent ? EmailFailureReason.REJECTED : EmailFailureReason.SERVER_UNAVAILABLE;
            // The address is personal data: log the send id and the reason only.
            LOG.warnf("send %s: SMTP failure %s (%s)", outgoing.sendId(), reason, e.getClass().getSimpleName());
            return SendOutcome.failed(outgoing, reason, permanent, clock.instant());
        }
    }

    private static SMTPException smtpCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }
}
