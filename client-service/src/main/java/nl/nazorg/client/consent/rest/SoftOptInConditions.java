package nl.nazorg.client.consent.rest;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * The conditions of the existing-customer soft opt-in (Telecommunicatiewet art. 11.7(3)), recorded as data: the
 * e-mail address was obtained in the sale of a product or service, is used only for the firm's own similar products,
 * and the client was clearly offered, free of charge, the chance to object when it was collected. All must hold.
 */
public record SoftOptInConditions(
        boolean contactDetailsObtainedInSale,
        @NotNull @PastOrPresent LocalDate saleDate,
        boolean similarProductsOnly,
        boolean objectionOfferedAtCollection) {

    @JsonIgnore
    @AssertTrue(message = "a soft opt-in needs all three conditions of art. 11.7(3) to hold")
    public boolean isMet() {
        return contactDetailsObtainedInSale && similarProductsOnly && objectionOfferedAtCollection;
    }
}
