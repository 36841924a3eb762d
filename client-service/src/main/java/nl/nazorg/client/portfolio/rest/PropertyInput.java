package nl.nazorg.client.portfolio.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import nl.nazorg.client.profile.rest.AddressInput;
import nl.nazorg.client.validation.Money;

/** The home (woning): address, market value with its date, WOZ value, for-sale status and since when. */
public record PropertyInput(
        @NotNull @Valid AddressInput address,
        @Money BigDecimal marketValue,
        LocalDate valuationDate,
        @Money BigDecimal wozValue,
        boolean forSale,
        LocalDate forSaleSince) {

    @JsonIgnore
    @AssertTrue(message = "forSaleSince is only allowed when the home is for sale")
    public boolean isForSaleSinceConsistent() {
        return forSale || forSaleSince == null;
    }
}
