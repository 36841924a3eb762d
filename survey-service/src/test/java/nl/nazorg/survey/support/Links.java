package nl.nazorg.survey.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.SmallRyeConfig;
import nl.nazorg.security.link.LinkKeyRing;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.security.link.SurveyLinkTokens;
import nl.nazorg.survey.link.SurveyLinkConfig;

/** Personal links as campaign-service signs them, with the test configuration's key ring. */
public final class Links {

    private Links() {
    }

    /** The key ring survey-service verifies with (the test configuration's). */
    public static LinkKeyRing keys() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(SurveyLinkConfig.class)
                .keyRing();
    }

    public static String token(SurveyLink link) {
        return SurveyLinkTokens.sign(keys(), link);
    }

    /** A link of a new send whose invitation campaign-service announced and survey-service stored: it opens. */
    public static String valid(String tenantId, String clientId, String surveyId, String campaignId) {
        SurveyLink link = new SurveyLink(tenantId, clientId, surveyId, campaignId, "send-" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(30)));
        SentInvitations.announce(link);
        return token(link);
    }

    public static String expired(String tenantId, String clientId, String surveyId) {
        return token(new SurveyLink(tenantId, clientId, surveyId, "campaign-1", "send-" + UUID.randomUUID(),
                Instant.now().minusSeconds(1)));
    }

    public static String tenant() {
        return "firm-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
