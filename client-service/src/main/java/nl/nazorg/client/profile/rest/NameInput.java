package nl.nazorg.client.profile.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.SingleLine;

/** A person's name in Dutch parts: initials (voorletters), first name (roepnaam), prefix (tussenvoegsel), surname. */
public record NameInput(
        @Size(max = 20) @SingleLine String initials,
        @Size(max = 200) @SingleLine String firstName,
        @Size(max = 20) @SingleLine String lastNamePrefix,
        @NotBlank @Size(max = 200) @SingleLine String lastName) {
}
