package nl.nazorg.client.profile.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.SingleLine;

/** A postal address (adres); the country defaults to NL. */
public record AddressInput(
        @NotBlank @Size(max = 200) @SingleLine String street,
        @Min(1) @Max(99999) int houseNumber,
        @Size(max = 20) @SingleLine String houseNumberAddition,
        @NotBlank @Size(max = 20) @SingleLine String postalCode,
        @NotBlank @Size(max = 200) @SingleLine String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as NL") String countryCode) {
}
