package nl.nazorg.client.profile.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;

/** The client's partner. */
public record PartnerInput(@NotNull @Valid NameInput name, @Past LocalDate dateOfBirth) {
}
