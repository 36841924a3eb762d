package nl.nazorg.client.profile.rest;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import nl.nazorg.events.client.SubscriptionTier;

/** The service subscription (serviceabonnement): tier, start date and the last annual review. */
public record SubscriptionInput(@NotNull SubscriptionTier tier, LocalDate startDate, LocalDate lastAnnualReviewDate) {

    @JsonIgnore
    @AssertTrue(message = "the last annual review cannot be before the subscription start")
    public boolean isReviewAfterStart() {
        return startDate == null || lastAnnualReviewDate == null || !lastAnnualReviewDate.isBefore(startDate);
    }
}
