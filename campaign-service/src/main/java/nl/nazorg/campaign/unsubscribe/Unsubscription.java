package nl.nazorg.campaign.unsubscribe;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import nl.nazorg.events.campaign.UnsubscribeChannel;

import java.time.Instant;
import java.util.UUID;

/** An unsubscribe through the link of one e-mail (at most one per e-mail). */
@Entity
@Table(name = "unsubscription", indexes = @Index(name = "unsubscription_campaign", columnList = "campaignId"))
public class Unsubscription extends PanacheEntityBase {

    /** The e-mail whose link was used. */
    @Id
    public UUID sendId;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String clientId;

    @Column(nullable = false)
    public UUID campaignId;

    public String variant;

    @Enumerated(EnumType.STRING)
    public UnsubscribeChannel channel;

    @Column(nullable = false)
    public Instant unsubscribedAt;
}
