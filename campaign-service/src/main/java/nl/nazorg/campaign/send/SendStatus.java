package nl.nazorg.campaign.send;

/** Where one entry of the send log stands. */
public enum SendStatus {
    /**
     * A triggered send for a client whose profile has not arrived yet (the profile consumer lags the signal
     * consumer): decided by the rules when the profile arrives, suppressed as NO_PROFILE at {@code nextAttemptAt}.
     */
    AWAITING_PROFILE,
    /** Waiting for an adviser's approval (campaign mode REVIEW). */
    AWAITING_APPROVAL,
    /** Due for the dispatcher (at {@code nextAttemptAt}). */
    PENDING,
    /** Claimed by a dispatcher until {@code leaseUntil}; SMTP conversation under way. */
    SENDING,
    SENT,
    FAILED,
    SUPPRESSED,
    /** Routed to an adviser (AdviserTaskCreated) instead of an e-mail. */
    TASK_CREATED
}
