package nl.nazorg.client.profile.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.SingleLine;

/**
 * A child in the household. {@code childId} is optional: without it the child keeps the id of the existing child
 * with the same first name and date of birth, or gets {@code child-<n>} by position.
 */
public record ChildInput(
        @Size(min = 1, max = 100) @SingleLine String childId,
        @NotBlank @Size(max = 200) @SingleLine String firstName,
        @NotNull @PastOrPresent LocalDate dateOfBirth) {
}
