package nl.nazorg.campaign.campaign;

/** Lifecycle of a campaign. */
public enum CampaignState {
    /** Triggered campaigns listen; selections are drafts that can be previewed. */
    ACTIVE,
    PAUSED,
    /** A selection waiting for its scheduled time. */
    SCHEDULED,
    /** A selection whose clients have all been planned. */
    LAUNCHED
}
