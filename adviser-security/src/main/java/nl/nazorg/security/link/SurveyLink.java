package nl.nazorg.security.link;

import java.time.Instant;

/**
 * What a personal survey link says: who may answer which survey, and for which invitation.
 *
 * @param campaignId the campaign that sent the invitation; null when the link came otherwise
 * @param sendId     the send of the invitation e-mail; null when the link came otherwise
 */
public record SurveyLink(String tenantId, String clientId, String surveyId, String campaignId, String sendId,
                         Instant expiresAt) {

    /** One link answers once: this identifies it (the same invitation opened twice is the same link). */
    public String linkKey() {
        return String.join("|", surveyId, clientId, campaignId == null ? "" : campaignId, sendId == null ? "" : sendId);
    }
}
