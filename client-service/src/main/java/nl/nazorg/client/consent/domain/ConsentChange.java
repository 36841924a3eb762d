package nl.nazorg.client.consent.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;

/**
 * One change of a client's marketing e-mail consent: the evidence (who, when, source, legal basis and, for a soft
 * opt-in, the conditions of Telecommunicatiewet art. 11.7(3)). Rows are only ever added.
 */
@Entity
@Table(name = "consent_change", indexes = @Index(name = "consent_change_client", columnList = "tenant_id, client_id"))
public class ConsentChange extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "client_id", nullable = false)
    public String clientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;
    /** Short code: intake-form, adviser, unsubscribe-one-click, unsubscribe-page, import, … */
    @Column(nullable = false)
    public String source;
    /** The adviser (token subject), or the service whose event caused the change. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    /** When the consent, withdrawal or objection took effect (e.g. the moment of the opt-in). */
    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** The campaign, send or event id behind the change, when there is one. */
    public String reference;

    // Soft opt-in (bestaande klantrelatie), Telecommunicatiewet art. 11.7(3), recorded as data.
    @Column(name = "obtained_in_sale")
    public Boolean contactDetailsObtainedInSale;
    @Column(name = "sale_date")
    public LocalDate saleDate;
    @Column(name = "similar_products_only")
    public Boolean similarProductsOnly;
    @Column(name = "objection_offered")
    public Boolean objectionOfferedAtCollection;
}
