package nl.nazorg.campaign.campaign;

/** Whether a triggered campaign sends at once or waits for an adviser. */
public enum CampaignMode {
    AUTO,
    REVIEW
}
