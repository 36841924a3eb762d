package nl.nazorg.client.events;

import java.util.List;

import nl.nazorg.client.profile.domain.ArrearsFact;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.PaymentArrears;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.consent.MarketingEmailConsent;

/** The client row as the public {@link ClientProfile} of {@code client-profiles.v1} (house habit 2). */
public final class ProfileEventMapper {

    private ProfileEventMapper() {
    }

    public static ClientProfile toEvent(Client client) {
        List<PaymentArrears> arrears = ClientDocuments.arrears(client).stream()
                .map(ProfileEventMapper::toEvent)
                .toList();
        return new ClientProfile(
                client.tenantId,
                client.id,
                client.profileVersion,
                client.externalReference,
                new PersonName(client.initials, client.firstName, client.lastNamePrefix, client.lastName),
                client.salutation,
                client.dateOfBirth,
                client.email,
                client.phone,
                ClientDocuments.correspondenceAddress(client),
                client.preferredChannel,
                Language.ofCode(client.language),
                ClientDocuments.household(client),
                client.adviserId,
                new Subscription(client.subscriptionTier, client.subscriptionStart, client.lastAnnualReview),
                client.minimumMonthlySaving,
                client.plannedRetirementDate,
                new MarketingEmailConsent(client.consentStatus, client.consentLegalBasis, client.consentSince,
                        client.consentSource),
                arrears,
                client.updatedAt);
    }

    private static PaymentArrears toEvent(ArrearsFact fact) {
        return new PaymentArrears(fact.missedPaymentDate(), fact.amount(), fact.resolved(), fact.resolvedDate(),
                fact.reportedBy(), fact.mortgageId());
    }
}
