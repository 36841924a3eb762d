package nl.nazorg.campaign.campaign;

/** How a campaign chooses its clients. */
public enum CampaignKind {
    /** Sends when a signal of one of its types is raised. */
    TRIGGERED,
    /** "Klantgroepen filteren en benaderen": clients chosen by filters, sent once (now or at a set time). */
    SELECTION,
    /** A selection whose e-mail carries a personal survey link. */
    SURVEY
}
