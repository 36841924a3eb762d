package nl.nazorg.campaign.send;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import nl.nazorg.events.campaign.AdviserTaskReason;
import nl.nazorg.events.campaign.EmailFailureReason;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;

import java.time.Instant;
import java.util.UUID;

/**
 * The send log (verzendlog): one row per campaign, client and signal, whatever became of it. The unique key makes a
 * second e-mail for the same situation impossible, also across crashes and replays.
 */
@Entity
@Table(name = "send_log",
        uniqueConstraints = @UniqueConstraint(name = "send_log_once", columnNames = {"campaignId", "clientId", "signalKey"}),
        indexes = {
                @Index(name = "send_log_due", columnList = "status,nextAttemptAt"),
                @Index(name = "send_log_client", columnList = "tenantId,clientId,createdAt"),
                @Index(name = "send_log_campaign", columnList = "campaignId,status")
        })
public class SendLog extends PanacheEntityBase {

    /** No signal: a selection or survey campaign sends once per client. */
    public static final String NO_SIGNAL = "-";

    @Id
    public UUID sendId;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public UUID campaignId;

    @Column(nullable = false)
    public String clientId;

    public String signalId;

    @Column(nullable = false)
    public String signalKey;

    @Enumerated(EnumType.STRING)
    public SignalType signalType;

    public String templateId;

    /** "A" or "B" (A/B split); "A" without a split. */
    public String variant;

    public String surveyId;

    @Enumerated(EnumType.STRING)
    public MessageClass messageClass;

    @Enumerated(EnumType.STRING)
    public LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SendStatus status;

    @Enumerated(EnumType.STRING)
    public Suppression suppression;

    @Enumerated(EnumType.STRING)
    public AdviserTaskReason taskReason;

    @Enumerated(EnumType.STRING)
    public EmailFailureReason failureReason;

    public int attempts;
    /** When the dispatcher first claimed it: passing failures are retried for {@code dispatch.retry-for} from here. */
    public Instant firstAttemptAt;
    public Instant nextAttemptAt;
    public Instant leaseUntil;

    /** Opaque, random: the unsubscribe link of this e-mail. */
    @Column(unique = true)
    public String unsubscribeToken;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant sentAt;
    public Instant failedAt;

    /**
     * When the result was written, on the database's clock: {@code recorded_at − sent_at} of a SENT row is how long
     * SMTP's acceptance was known only to the sending JVM (the window a crash turns into a second e-mail).
     */
    public Instant recordedAt;
}
