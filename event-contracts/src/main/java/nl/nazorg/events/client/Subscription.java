package nl.nazorg.events.client;

import java.time.LocalDate;

/**
 * The client's service subscription (serviceabonnement).
 *
 * @param tier                  the tier; {@link SubscriptionTier#NONE} when absent
 * @param startDate             when the subscription started; absent for NONE
 * @param lastAnnualReviewDate  when the last review meeting (periodiek adviesgesprek) took place; absent when never
 */
public record Subscription(SubscriptionTier tier, LocalDate startDate, LocalDate lastAnnualReviewDate) {

    /** No subscription. */
    public static final Subscription NONE = new Subscription(SubscriptionTier.NONE, null, null);

    public Subscription {
        if (tier == null) {
            tier = SubscriptionTier.NONE;
        }
    }
}
