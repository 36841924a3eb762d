package nl.nazorg.client.portfolio.rest;

import java.util.List;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.domain.PortfolioDocument;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Property;

/** The portfolio as stored and published, with its version. */
public record PortfolioView(String clientId, long version, Property property, List<Mortgage> mortgages,
                            List<Insurance> insurances) {

    public static PortfolioView of(Client client) {
        PortfolioDocument portfolio = ClientDocuments.portfolio(client);
        return new PortfolioView(client.id, client.portfolioVersion, portfolio.property(), portfolio.mortgages(),
                portfolio.insurances());
    }
}
