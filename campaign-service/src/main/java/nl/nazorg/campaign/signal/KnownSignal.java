package nl.nazorg.campaign.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.messaging.staleness.VersionedProjection;

import java.time.LocalDate;

/** A signal as signals.v1 last described it: what e-mails quote (figures) and what selections filter on (open). */
@Entity
@Table(name = "known_signal", indexes = @Index(name = "known_signal_client", columnList = "tenantId,clientId"))
public class KnownSignal extends VersionedProjection {

    @Id
    public String signalId;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String clientId;

    @Enumerated(EnumType.STRING)
    public SignalType type;

    @Enumerated(EnumType.STRING)
    public MessageClass messageClass;

    public String deduplicationKey;

    /** Neither resolved nor done/dismissed by the adviser. */
    public boolean open;

    public LocalDate dueDate;

    @Column(columnDefinition = "text")
    public String figuresJson;

    @Column(columnDefinition = "text")
    public String inputsJson;
}
