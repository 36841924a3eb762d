package nl.nazorg.campaign.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The personal survey link shared with survey-service (DESIGN.md §8): same secret on both sides. */
@ConfigMapping(prefix = "nazorg.survey-link")
public interface SurveyLinkConfig {

    /** HMAC-SHA256 key, shared with survey-service. */
    String secret();

    /** survey-service's public page; the token is appended. */
    @WithDefault("http://localhost:8084/s/")
    String baseUrl();

    @WithDefault("P30D")
    Duration validity();
}
