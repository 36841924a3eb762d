package nl.nazorg.survey.link;

import io.smallrye.config.ConfigMapping;

/** The personal survey link, shared with campaign-service (DESIGN.md §8): the same secret on both sides. */
@ConfigMapping(prefix = "nazorg.survey-link")
public interface SurveyLinkConfig {

    /** HMAC-SHA256 key shared with campaign-service, which signs the links. */
    String secret();
}
