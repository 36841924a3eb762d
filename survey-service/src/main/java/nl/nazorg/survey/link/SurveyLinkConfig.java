package nl.nazorg.survey.link;

import io.smallrye.config.ConfigMapping;
import nl.nazorg.security.link.LinkKeys;

/**
 * The personal survey link, shared with campaign-service (DESIGN.md §8): the same key ring on both sides
 * ({@code secret}, {@code key-id}, {@code previous-keys}); rotation in campaign-service's README.
 */
@ConfigMapping(prefix = "nazorg.survey-link")
public interface SurveyLinkConfig extends LinkKeys {
}
