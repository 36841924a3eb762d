package nl.nazorg.client.profile.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.nazorg.client.events.ProfileEventMapper;
import nl.nazorg.client.profile.domain.ArrearsFact;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.events.client.Address;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.consent.MarketingEmailConsent;

/** A client as the adviser sees it: the published profile plus the ids and versions an adviser works with. */
public record ClientView(
        String id,
        String externalReference,
        long version,
        long portfolioVersion,
        PersonName name,
        Salutation salutation,
        LocalDate dateOfBirth,
        String email,
        String phone,
        Address correspondenceAddress,
        ContactChannel preferredChannel,
        Language language,
        Household household,
        String adviserId,
        Subscription subscription,
        BigDecimal minimumMonthlySaving,
        LocalDate plannedRetirementDate,
        MarketingEmailConsent marketingEmailConsent,
        List<ArrearsFact> paymentArrears,
        Instant createdAt,
        Instant updatedAt) {

    public static ClientView of(Client client) {
        ClientProfile p = ProfileEventMapper.toEvent(client);
        return new ClientView(client.id, p.externalReference(), p.version(), client.portfolioVersion, p.name(),
                p.salutation(), p.dateOfBirth(), p.email(), p.phone(), p.correspondenceAddress(),
                p.preferredChannel(), p.language(), p.household(), p.adviserId(), p.subscription(),
                p.minimumMonthlySaving(), p.plannedRetirementDate(), p.marketingEmailConsent(),
                ClientDocuments.arrears(client), client.createdAt, client.updatedAt);
    }
}
