package nl.nazorg.client.events;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.domain.PortfolioDocument;
import nl.nazorg.events.portfolio.Portfolio;

/** The client row as the public {@link Portfolio} of {@code portfolios.v1}. */
public final class PortfolioEventMapper {

    private PortfolioEventMapper() {
    }

    public static Portfolio toEvent(Client client) {
        PortfolioDocument portfolio = ClientDocuments.portfolio(client);
        return new Portfolio(client.tenantId, client.id, client.portfolioVersion, portfolio.property(),
                portfolio.mortgages(), portfolio.insurances(), client.updatedAt);
    }
}
