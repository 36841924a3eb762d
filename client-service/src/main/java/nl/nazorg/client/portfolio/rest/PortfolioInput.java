package nl.nazorg.client.portfolio.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The whole portfolio (portefeuille), replaced as one: the home, the mortgages and the insurances. */
public record PortfolioInput(
        @Valid PropertyInput property,
        @Size(max = 10) List<@Valid @NotNull MortgageInput> mortgages,
        @Size(max = 50) List<@Valid @NotNull InsuranceInput> insurances) {

    /** Nothing known: no home, no mortgages, no insurances. */
    public static final PortfolioInput EMPTY = new PortfolioInput(null, List.of(), List.of());
}
