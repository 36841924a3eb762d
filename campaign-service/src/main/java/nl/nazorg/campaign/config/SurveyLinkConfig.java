package nl.nazorg.campaign.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.nazorg.security.link.LinkKeys;

import java.time.Duration;

/**
 * The personal survey link shared with survey-service (DESIGN.md §8): the same key ring on both sides
 * ({@code secret}, {@code key-id}, {@code previous-keys}; rotation in the README). Links are signed with the current key.
 */
@ConfigMapping(prefix = "nazorg.survey-link")
public interface SurveyLinkConfig extends LinkKeys {

    /** survey-service's public page; the token is appended. */
    @WithDefault("http://localhost:8084/s/")
    String baseUrl();

    @WithDefault("P30D")
    Duration validity();
}
