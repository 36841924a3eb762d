package nl.nazorg.campaign.send;

/** Why a client selected for a campaign got no e-mail; counted per reason in the statistics. */
public enum Suppression {
    /** The client's profile did not arrive within {@code nazorg.campaign.profile-wait}, or the client was erased. */
    NO_PROFILE,
    NO_CONSENT,
    UNSUBSCRIBED,
    FREQUENCY_CAP,
    PAYMENT_ARREARS,
    SIGNAL_SUPPRESSED,
    SIGNAL_CLOSED,
    REJECTED_BY_ADVISER
}
