package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The client's service subscription.
 *
 * @param startDate when the subscription started; null when unknown
 * @param lastReviewDate date of the last (annual) review (jaarlijkse review); null when never held
 */
public record Subscription(SubscriptionTier tier, LocalDate startDate, LocalDate lastReviewDate) {

    public Subscription {
        Objects.requireNonNull(tier, "tier");
    }

    /** No subscription. */
    public static Subscription none() {
        return new Subscription(SubscriptionTier.NONE, null, null);
    }
}
