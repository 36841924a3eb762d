package nl.nazorg.campaign.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.messaging.staleness.VersionedProjection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What this service knows of a client (klant): contact details, language, channel, consent and arrears, projected
 * from client-profiles.v1. The only place in this service with personal data; deleted when the client is erased.
 */
@Entity
@Table(name = "contact", indexes = @Index(name = "contact_tenant", columnList = "tenantId"))
public class Contact extends VersionedProjection {

    @Id
    public String clientId;

    @Column(nullable = false)
    public String tenantId;

    public String initials;
    public String firstName;
    /** tussenvoegsel, e.g. "de" in "Jan de Vries". */
    public String lastNamePrefix;
    public String lastName;

    @Enumerated(EnumType.STRING)
    public Salutation salutation;

    public LocalDate dateOfBirth;
    public String email;

    @Enumerated(EnumType.STRING)
    public ContactChannel preferredChannel;

    /** "nl" or "en". */
    public String language;

    public String adviserId;

    @Enumerated(EnumType.STRING)
    public SubscriptionTier tier;

    @Enumerated(EnumType.STRING)
    public ConsentStatus consentStatus;

    @Enumerated(EnumType.STRING)
    public LegalBasis consentLegalBasis;

    public Instant consentSince;

    /** A missed payment that is not resolved: marketing is suppressed while it lasts. */
    public boolean openArrears;

    /** childId → first name, as JSON; the e-mail names a child, signals carry only the id. */
    @Column(columnDefinition = "text")
    public String childrenJson;

    /** Our own record of an unsubscribe: absolute, until the profile shows a newer opt-in. */
    public Instant unsubscribedAt;

    public boolean marketingAllowed() {
        return unsubscribedAt == null && consentStatus != null && consentStatus.allowsMarketingEmail();
    }

    /** The legal basis of a marketing send under the current consent. */
    public LegalBasis marketingLegalBasis() {
        if (consentLegalBasis != null) {
            return consentLegalBasis;
        }
        return consentStatus == ConsentStatus.SOFT_OPT_IN ? LegalBasis.EXISTING_CUSTOMER : LegalBasis.CONSENT;
    }
}
