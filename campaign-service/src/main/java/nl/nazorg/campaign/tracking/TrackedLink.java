package nl.nazorg.campaign.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One rewritten link of one e-mail: the random part of its token → the only place it may redirect to. Deleted when its
 * client is erased ({@link LinkErasures}).
 */
@Entity
@Table(name = "tracked_link", indexes = @Index(name = "tracked_link_client", columnList = "clientId"))
public class TrackedLink extends PanacheEntityBase {

    /** The random part of the token (128 bits, base64url). */
    @Id
    public String token;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public UUID sendId;

    @Column(nullable = false)
    public UUID campaignId;

    public String variant;

    @Column(nullable = false)
    public String clientId;

    public String signalId;

    /** "link-1", "link-2", … in the order they appear in the e-mail. */
    public String linkId;

    @Column(nullable = false, columnDefinition = "text")
    public String destination;

    /** About when the e-mail left: clicks within seconds of it are probably scanners. */
    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant expiresAt;
}
