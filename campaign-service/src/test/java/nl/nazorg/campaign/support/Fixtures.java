package nl.nazorg.campaign.support;

import nl.nazorg.events.client.Child;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.PaymentArrears;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MarketingEmailConsent;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalCategory;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.events.signal.SignalType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Profiles and signals as client-service and portfolio-signal-service publish them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A client with e-mail, marketing opt-in, channel EMAIL, Dutch. */
    public static ProfileBuilder profile(String tenantId, String clientId) {
        return new ProfileBuilder(tenantId, clientId);
    }

    public static final class ProfileBuilder {
        private final String tenantId;
        private final String clientId;
        private long version = 1;
        private String firstName = "Jan";
        private String lastNamePrefix = "de";
        private String lastName = "Vries";
        private String email;
        private ContactChannel channel = ContactChannel.EMAIL;
        private Language language = Language.NL;
        private ConsentStatus consent = ConsentStatus.OPTED_IN;
        private Instant consentSince = Instant.parse("2025-01-01T10:00:00Z");
        private List<PaymentArrears> arrears = List.of();
        private List<Child> children = List.of();
        private SubscriptionTier tier = SubscriptionTier.SILVER;
        private LocalDate birthDate = LocalDate.of(1975, 5, 17);
        private String adviserId = "adviser-1";

        ProfileBuilder(String tenantId, String clientId) {
            this.tenantId = tenantId;
            this.clientId = clientId;
            this.email = clientId + "@example.nl";
        }

        public ProfileBuilder version(long value) { version = value; return this; }
        public ProfileBuilder firstName(String value) { firstName = value; return this; }
        public ProfileBuilder email(String value) { email = value; return this; }
        public ProfileBuilder channel(ContactChannel value) { channel = value; return this; }
        public ProfileBuilder language(Language value) { language = value; return this; }
        public ProfileBuilder consent(ConsentStatus value) { consent = value; return this; }
        public ProfileBuilder consentSince(Instant value) { consentSince = value; return this; }
        public ProfileBuilder tier(SubscriptionTier value) { tier = value; return this; }
        public ProfileBuilder birthDate(LocalDate value) { birthDate = value; return this; }
        public ProfileBuilder adviser(String value) { adviserId = value; return this; }
        public ProfileBuilder child(String childId, String name, LocalDate born) {
            children = List.of(new Child(childId, name, born));
            return this;
        }
        public ProfileBuilder openArrears() {
            arrears = List.of(new PaymentArrears(LocalDate.now().minusMonths(1), new BigDecimal("1234.56"), false, null,
                    "LENDER", "mortgage-1"));
            return this;
        }

        public ClientProfile build() {
            return new ClientProfile(tenantId, clientId, version, null, new PersonName("J.", firstName, lastNamePrefix, lastName),
                    Salutation.MR, birthDate, email, "+31612345678", null, channel, language,
                    new Household(null, children), adviserId, new Subscription(tier, LocalDate.of(2020, 1, 1), null),
                    null, null, new MarketingEmailConsent(consent, consent.allowsMarketingEmail()
                            ? (consent == ConsentStatus.SOFT_OPT_IN ? LegalBasis.EXISTING_CUSTOMER : LegalBasis.CONSENT) : null,
                            consentSince, "WEB_FORM"),
                    arrears, Instant.now());
        }
    }

    public static SignalRaised refinanceSaving(String tenantId, String clientId) {
        return raised(tenantId, clientId, SignalType.REFINANCE_SAVING, SignalCategory.OPPORTUNITY, MessageClass.MARKETING,
                Map.of("monthlySaving", new BigDecimal("1234.56"), "currentMonthlyPayment", new BigDecimal("2100.00"),
                        "newMonthlyPayment", new BigDecimal("865.44"), "prepaymentFee", new BigDecimal("4500.00"),
                        "switchingCosts", new BigDecimal("0.00"), "breakEvenMonths", new BigDecimal("4")),
                Map.of("mortgageId", "mortgage-1"));
    }

    public static SignalRaised raised(String tenantId, String clientId, SignalType type, SignalCategory category,
                                      MessageClass messageClass, Map<String, BigDecimal> figures, Map<String, String> inputs) {
        Instant now = Instant.now();
        return new SignalRaised(UUID.randomUUID().toString(), tenantId, clientId, 1, type, category, messageClass,
                type.name() + ":" + UUID.randomUUID(), figures, inputs, "test-1", LocalDate.now().plusDays(30),
                SignalStatus.OPEN, false, null, null, now, now, null);
    }
}
