package nl.nazorg.client.profile.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.nazorg.client.portfolio.rest.PortfolioInput;

/** A new client: the profile and, optionally, the portfolio in one request. */
public record NewClientInput(@NotNull @Valid ClientInput profile, @Valid PortfolioInput portfolio) {
}
