package nl.nazorg.client.portfolio.rest;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.SingleLine;

/** A mortgage (hypotheek) with its loan parts. The lender code is the one that keys {@code market-rates.v1}. */
public record MortgageInput(
        @Size(min = 1, max = 100) @SingleLine String mortgageId,
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,100}", message = "must be a lender code such as ABN_AMRO")
        String lender,
        @Size(min = 1, max = 100) @SingleLine String lenderReference,
        @NotNull LocalDate startDate,
        @NotNull LocalDate termEndDate,
        boolean nhg,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull LoanPartInput> loanParts) {

    @JsonIgnore
    @AssertTrue(message = "the term end must be after the start date")
    public boolean isTermEndAfterStart() {
        return startDate == null || termEndDate == null || termEndDate.isAfter(startDate);
    }

    @JsonIgnore
    @AssertTrue(message = "every fixed-rate period must end on or before the term end")
    public boolean isFixedRateEndWithinTerm() {
        return termEndDate == null || loanParts == null || loanParts.stream()
                .filter(part -> part != null && part.fixedRateEndDate() != null)
                .noneMatch(part -> part.fixedRateEndDate().isAfter(termEndDate));
    }
}
