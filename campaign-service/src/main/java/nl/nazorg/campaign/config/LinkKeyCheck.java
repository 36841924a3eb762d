package nl.nazorg.campaign.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** A mistyped key ring (bad key id, empty secret, one id twice) stops the start, not the first e-mail or click. */
@ApplicationScoped
class LinkKeyCheck {

    void onStart(@Observes StartupEvent started, CampaignConfig campaign, SurveyLinkConfig surveyLinks) {
        campaign.trackedLinkKeys();
        surveyLinks.keyRing();
    }
}
