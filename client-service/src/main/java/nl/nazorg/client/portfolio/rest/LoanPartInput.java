package nl.nazorg.client.portfolio.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.InterestRate;
import nl.nazorg.client.validation.Money;
import nl.nazorg.client.validation.SingleLine;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;

/**
 * A loan part (leningdeel). The rate is a percentage (3.450 = 3.45%); the fee-free prepayment share a fraction of the
 * original principal (0.10 = 10%, the default).
 */
public record LoanPartInput(
        @Size(min = 1, max = 100) @SingleLine String loanPartId,
        @NotNull RepaymentType repaymentType,
        @NotNull @Money BigDecimal originalPrincipal,
        @NotNull @Money BigDecimal outstandingPrincipal,
        @NotNull @InterestRate BigDecimal interestRate,
        @Min(1) @Max(30) Integer fixedRatePeriodYears,
        LocalDate fixedRateEndDate,
        RiskClass riskClass,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4,
                message = "must be a fraction between 0 and 1 with at most four decimals, e.g. 0.10")
        BigDecimal feeFreePrepaymentShare) {

    @JsonIgnore
    @AssertTrue(message = "the outstanding principal cannot exceed the original principal")
    public boolean isOutstandingWithinOriginal() {
        return originalPrincipal == null || outstandingPrincipal == null
                || outstandingPrincipal.compareTo(originalPrincipal) <= 0;
    }
}
