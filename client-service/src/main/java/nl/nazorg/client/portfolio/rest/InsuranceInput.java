package nl.nazorg.client.portfolio.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.Money;
import nl.nazorg.client.validation.SingleLine;
import nl.nazorg.events.portfolio.InsuranceType;

/** An insurance (verzekering): type, insurer, coverage, monthly premium, start and end. */
public record InsuranceInput(
        @Size(min = 1, max = 100) @SingleLine String insuranceId,
        @NotNull InsuranceType type,
        @NotBlank @Size(max = 100) @SingleLine String insurer,
        @Size(min = 1, max = 100) @SingleLine String policyNumber,
        @Money BigDecimal coverage,
        @NotNull @Money BigDecimal monthlyPremium,
        @NotNull LocalDate startDate,
        LocalDate endDate) {

    @JsonIgnore
    @AssertTrue(message = "must be a known insurance type")
    public boolean isKnownType() {
        return type != InsuranceType.UNKNOWN;
    }

    @JsonIgnore
    @AssertTrue(message = "the end date must be after the start date")
    public boolean isEndAfterStart() {
        return startDate == null || endDate == null || endDate.isAfter(startDate);
    }
}
