package nl.nazorg.client.profile.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;

/** One line of the client list. */
public record ClientSummary(String id, String externalReference, PersonName name, LocalDate dateOfBirth,
                            String email, String adviserId, SubscriptionTier subscriptionTier,
                            ConsentStatus marketingEmailConsent, boolean forSale, List<String> products) {

    public static ClientSummary of(Client client) {
        List<String> products = Arrays.stream(client.productTypes.split("\\|")).filter(s -> !s.isEmpty()).toList();
        return new ClientSummary(client.id, client.externalReference,
                new PersonName(client.initials, client.firstName, client.lastNamePrefix, client.lastName),
                client.dateOfBirth, client.email, client.adviserId, client.subscriptionTier, client.consentStatus,
                client.forSale, products);
    }
}
