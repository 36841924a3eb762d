package nl.nazorg.events.client;

/**
 * The client's aftercare service subscription (serviceabonnement). The tier decides how often an annual review
 * (periodiek adviesgesprek) is due and which signals are sent automatically.
 */
public enum SubscriptionTier {

    /** No subscription: no periodic review. */
    NONE,

    /** Review every 24 months by default. */
    BRONZE,

    /** Review every 12 months by default. */
    SILVER,

    /** Review every 6 months by default. */
    GOLD
}
