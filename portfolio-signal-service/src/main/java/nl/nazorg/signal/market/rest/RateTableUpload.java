package nl.nazorg.signal.market.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nazorg.events.portfolio.RiskClass;

/**
 * The body of {@code PUT /api/v1/market-rates/{lender}}: one lender's whole rate table. Rates are annual
 * percentages with at most three decimals ({@code 3.450} = 3.45%), as on market-rates.v1.
 */
public record RateTableUpload(
        @Size(max = 200) String lenderName,
        @NotNull LocalDate validFrom,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Rate> rates) {

    public record Rate(
            @Min(0) @Max(50) int fixedRatePeriodYears,
            @NotNull RiskClass riskClass,
            @NotNull @DecimalMin("-1") @DecimalMax("20") @Digits(integer = 2, fraction = 3) BigDecimal rate) {
    }
}
