package nl.nazorg.client.profile.service;

import nl.nazorg.client.events.ProfileEventMapper;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.domain.PortfolioDocument;
import nl.nazorg.events.client.ClientProfile;

/**
 * What a client's published state is, without version and timestamp: two snapshots are equal exactly when nothing a
 * reader sees has changed. A change that changes nothing (re-importing the same file) publishes nothing.
 */
public record ClientSnapshot(ClientProfile profile, PortfolioDocument portfolio) {

    public static ClientSnapshot of(Client client) {
        ClientProfile p = ProfileEventMapper.toEvent(client);
        ClientProfile content = new ClientProfile(p.tenantId(), p.clientId(), 0, p.externalReference(), p.name(),
                p.salutation(), p.dateOfBirth(), p.email(), p.phone(), p.correspondenceAddress(),
                p.preferredChannel(), p.language(), p.household(), p.adviserId(), p.subscription(),
                p.minimumMonthlySaving(), p.plannedRetirementDate(), p.marketingEmailConsent(), p.paymentArrears(),
                null);
        return new ClientSnapshot(content, ClientDocuments.portfolio(client));
    }

    public boolean profileDiffers(ClientSnapshot other) {
        return !profile.equals(other.profile);
    }

    public boolean portfolioDiffers(ClientSnapshot other) {
        return !portfolio.equals(other.portfolio);
    }
}
