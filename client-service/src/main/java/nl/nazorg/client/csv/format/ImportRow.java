package nl.nazorg.client.csv.format;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.nazorg.client.portfolio.rest.PortfolioInput;
import nl.nazorg.client.profile.rest.ClientInput;
import nl.nazorg.client.validation.SourceCode;
import nl.nazorg.events.consent.ConsentStatus;

/** One CSV row read into the same inputs the REST API validates, plus the optional consent columns. */
public record ImportRow(int line, @NotNull @Valid ClientInput profile, @NotNull @Valid PortfolioInput portfolio,
                        @Valid ConsentColumns consent, @Valid ArrearsColumns arrears) {

    /** A missed payment as a spreadsheet holds it; matched to a stored one by its missed-payment date. */
    public record ArrearsColumns(@NotNull @jakarta.validation.constraints.PastOrPresent LocalDate missedPaymentDate,
                                 @NotNull @jakarta.validation.constraints.Positive
                                 @nl.nazorg.client.validation.Money BigDecimal amount,
                                 LocalDate resolvedDate,
                                 @jakarta.validation.constraints.Size(max = 100)
                                 @nl.nazorg.client.validation.SingleLine String reportedBy) {
    }

    /**
     * Consent as a spreadsheet holds it. SOFT_OPT_IN in a file means the firm asserts the three conditions of
     * Telecommunicatiewet art. 11.7(3); the sale date is recorded with them.
     */
    public record ConsentColumns(@NotNull ConsentStatus status, @NotNull @SourceCode String source,
                                 LocalDate date, LocalDate softOptInSaleDate) {

        @com.fasterxml.jackson.annotation.JsonIgnore
        @jakarta.validation.constraints.AssertTrue(message = "SOFT_OPT_IN needs soft_opt_in_sale_date")
        public boolean isSoftOptInDated() {
            return status != ConsentStatus.SOFT_OPT_IN || softOptInSaleDate != null;
        }
    }
}
