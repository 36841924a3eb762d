package nl.nazorg.survey.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.security.link.SurveyLinkTokens;

/** Personal links as campaign-service signs them, with the test configuration's secret. */
public final class Links {

    private Links() {
    }

    public static String secret() {
        return ConfigProvider.getConfig().getValue("nazorg.survey-link.secret", String.class);
    }

    public static String valid(String tenantId, String clientId, String surveyId, String campaignId) {
        return SurveyLinkTokens.sign(secret(), new SurveyLink(tenantId, clientId, surveyId, campaignId,
                "send-" + UUID.randomUUID(), Instant.now().plus(Duration.ofDays(30))));
    }

    public static String expired(String tenantId, String clientId, String surveyId) {
        return SurveyLinkTokens.sign(secret(), new SurveyLink(tenantId, clientId, surveyId, "campaign-1",
                "send-" + UUID.randomUUID(), Instant.now().minusSeconds(1)));
    }

    public static String tenant() {
        return "firm-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
