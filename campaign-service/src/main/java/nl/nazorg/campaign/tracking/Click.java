package nl.nazorg.campaign.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import nl.nazorg.events.campaign.ScannerSuspicion;

import java.time.Instant;
import java.util.UUID;

/** One click on a tracked link; scanner-like clicks are kept, flagged, and left out of the headline rate. */
@Entity
@Table(name = "link_click", indexes = @Index(name = "link_click_campaign", columnList = "campaignId,clickedAt"))
public class Click extends PanacheEntityBase {

    @Id
    public UUID clickId;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public UUID campaignId;

    public String variant;

    @Column(nullable = false)
    public UUID sendId;

    @Column(nullable = false)
    public String clientId;

    public String signalId;
    public String linkId;

    @Column(nullable = false)
    public Instant clickedAt;

    public boolean suspectedScanner;

    @Enumerated(EnumType.STRING)
    public ScannerSuspicion scannerReason;

    /** When the click's batch was written: until then a crash would have lost it ({@link ClickWriter}). */
    public Instant recordedAt;
}
