package nl.nazorg.client.profile.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.InternationalPhone;
import nl.nazorg.client.validation.Money;
import nl.nazorg.client.validation.SingleLine;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.Salutation;

/**
 * The client's profile as an adviser enters it (create and full update). Consent and payment arrears have their
 * own endpoints: consent changes are evidence with a history, arrears are facts reported by partners.
 *
 * @param externalReference    the firm's own client number (relatienummer); the key of CSV imports, unique per firm
 * @param preferredChannel     EMAIL when absent
 * @param minimumMonthlySaving €100.00 when absent
 */
public record ClientInput(
        @Size(min = 1, max = 200) @SingleLine String externalReference,
        @NotNull @Valid NameInput name,
        Salutation salutation,
        @Past LocalDate dateOfBirth,
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a well-formed e-mail address")
        @Size(max = 254) @SingleLine String email,
        @InternationalPhone String phone,
        @Valid AddressInput correspondenceAddress,
        ContactChannel preferredChannel,
        Language language,
        @Valid HouseholdInput household,
        @Size(min = 1, max = 100) @SingleLine String adviserId,
        @Valid SubscriptionInput subscription,
        @Money BigDecimal minimumMonthlySaving,
        LocalDate plannedRetirementDate) {
}
