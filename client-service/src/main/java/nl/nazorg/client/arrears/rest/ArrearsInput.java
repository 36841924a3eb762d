package nl.nazorg.client.arrears.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.Money;
import nl.nazorg.client.validation.SingleLine;

/** A missed payment reported by a partner (usually the lender), or its settlement. */
public record ArrearsInput(
        @NotNull @PastOrPresent LocalDate missedPaymentDate,
        @NotNull @Positive @Money BigDecimal amount,
        boolean resolved,
        @PastOrPresent LocalDate resolvedDate,
        @Size(min = 1, max = 100) @SingleLine String reportedBy,
        @Size(min = 1, max = 100) @SingleLine String mortgageId) {

    @JsonIgnore
    @AssertTrue(message = "resolvedDate is required when resolved, not allowed otherwise, and not before the missed payment")
    public boolean isResolutionConsistent() {
        if (!resolved) {
            return resolvedDate == null;
        }
        return resolvedDate != null && (missedPaymentDate == null || !resolvedDate.isBefore(missedPaymentDate));
    }
}
