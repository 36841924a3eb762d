package nl.nazorg.client.profile.domain;

import java.util.List;

import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Property;

/** The portfolio as stored in the client row, in the contract's own parts. */
public record PortfolioDocument(Property property, List<Mortgage> mortgages, List<Insurance> insurances) {

    public static final PortfolioDocument EMPTY = new PortfolioDocument(null, List.of(), List.of());

    public PortfolioDocument {
        mortgages = mortgages == null ? List.of() : List.copyOf(mortgages);
        insurances = insurances == null ? List.of() : List.copyOf(insurances);
    }
}
