package nl.nazorg.signal.model;

/** Service subscription tier (serviceabonnement); it decides how often a review is due. */
public enum SubscriptionTier {
    NONE, BRONZE, SILVER, GOLD
}
