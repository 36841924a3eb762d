package nl.nazorg.survey.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** A mistyped key ring (bad key id, empty secret, one id twice) stops the start, not the first page. */
@ApplicationScoped
class LinkKeyCheck {

    void onStart(@Observes StartupEvent started, SurveyLinkConfig config) {
        config.keyRing();
    }
}
