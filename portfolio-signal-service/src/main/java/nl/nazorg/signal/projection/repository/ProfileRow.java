package nl.nazorg.signal.projection.repository;

import java.math.BigDecimal;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.staleness.VersionedProjection;

/**
 * The latest client profile (klantprofiel) this service saw on client-profiles.v1, kept as the contract's JSON:
 * the rules read only a handful of fields, and keeping the record whole means a new rule needs no migration.
 */
@Entity
@Table(name = "client_profile", indexes = @Index(name = "client_profile_tenant", columnList = "tenant_id, client_id"))
public class ProfileRow extends VersionedProjection {

    @Id
    @Column(name = "client_id", length = 100)
    public String clientId;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "adviser_id", length = 100)
    public String adviserId;

    @Column(name = "payload", nullable = false, columnDefinition = "text")
    public String payload;

    /** The record {@link #payload} was just written from, while this transaction holds it: not read back. */
    /**
     * The client's own minimum saving (null: the tenant's default), kept beside the JSON so a market-rate change
     * reads a column instead of the whole profile; as the contract carried it, without a scale.
     */
    @Column(name = "minimum_monthly_saving", columnDefinition = "numeric")
    public BigDecimal minimumMonthlySaving;

    /** {@code LoanPartTable.READ_MODEL_VERSION} once the typed columns are written; null on rows from before them. */
    @Column(name = "read_model_version")
    public Integer readModelVersion;

    @Transient
    public ClientProfile written;

    /**
     * The profile, locked for this transaction, so a consumer and a bulk pass never evaluate one client at once.
     * A query with a lock mode rather than {@code findById(id, lockMode)}: Hibernate Reactive 3.4's lock upgrade
     * names the column by its property ({@code clientId}) and fails.
     */
    public static Uni<ProfileRow> lockedProfile(String clientId) {
        return ProfileRow.<ProfileRow>find("clientId = ?1", clientId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }
}
