package nl.nazorg.client.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;

/**
 * One client (klant) of one firm, with everything client-service owns about them. Fields that lists are filtered on
 * are columns; nested parts that are only read whole (household, address, portfolio, arrears) are JSON text in the
 * contract's own form, read and written by {@link ClientDocuments}.
 */
@Entity
@Table(name = "client",
        uniqueConstraints = @UniqueConstraint(name = "client_external_reference",
                columnNames = {"tenant_id", "external_reference"}),
        indexes = {@Index(name = "client_tenant_name", columnList = "tenant_id, last_name"),
                @Index(name = "client_tenant_email", columnList = "tenant_id, email")})
public class Client extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "external_reference", length = 200)
    public String externalReference;

    /** The version on client-profiles.v1: one more on every change that is published. */
    @Column(name = "profile_version", nullable = false)
    public long profileVersion;

    /** The version on portfolios.v1: one more on every portfolio change. */
    @Column(name = "portfolio_version", nullable = false)
    public long portfolioVersion;

    /** Optimistic lock: two concurrent changes of one client cannot both win silently. */
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public String initials;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name_prefix")
    public String lastNamePrefix;
    @Column(name = "last_name", nullable = false)
    public String lastName;
    @Enumerated(EnumType.STRING)
    public Salutation salutation;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String email;
    public String phone;
    @Column(name = "correspondence_address", columnDefinition = "text")
    public String correspondenceAddressJson;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", nullable = false)
    public ContactChannel preferredChannel;
    /** ISO 639-1 code. */
    @Column(nullable = false, length = 2)
    public String language;
    @Column(columnDefinition = "text")
    public String householdJson;
    @Column(name = "adviser_id")
    public String adviserId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subscription_tier", nullable = false)
    public SubscriptionTier subscriptionTier;
    @Column(name = "subscription_start")
    public LocalDate subscriptionStart;
    @Column(name = "last_annual_review")
    public LocalDate lastAnnualReview;
    @Column(name = "minimum_monthly_saving", precision = 13, scale = 2, nullable = false)
    public BigDecimal minimumMonthlySaving;
    @Column(name = "planned_retirement_date")
    public LocalDate plannedRetirementDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_status", nullable = false)
    public ConsentStatus consentStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_legal_basis")
    public LegalBasis consentLegalBasis;
    @Column(name = "consent_since")
    public Instant consentSince;
    @Column(name = "consent_source")
    public String consentSource;
    /** For a soft opt-in: the date of the sale the customer relationship rests on (kept for the CSV export). */
    @Column(name = "consent_sale_date")
    public LocalDate consentSaleDate;

    @Column(name = "arrears", columnDefinition = "text")
    public String arrearsJson;

    @Column(name = "portfolio", columnDefinition = "text")
    public String portfolioJson;
    /** Copied from the portfolio for the for-sale filter. */
    @Column(name = "for_sale", nullable = false)
    public boolean forSale;
    /** Copied from the portfolio for the has/lacks-product filter: {@code |MORTGAGE|BUILDING|}. */
    @Column(name = "product_types", nullable = false)
    public String productTypes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
