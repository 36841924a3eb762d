package nl.nazorg.events.campaign;

import java.time.Instant;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.consent.MessageClass;

/**
 * An e-mail to a client could not be sent (verzending mislukt), after every attempt. On {@code campaign-events.v1}.
 *
 * @param sendId       the id of the send in the send log
 * @param tenantId     the advisory firm
 * @param campaignId   the campaign it belongs to
 * @param clientId     the client it was for; the record key
 * @param signalId     the signal it was about; absent when none
 * @param surveyId     the survey it invited to; absent when none
 * @param templateId   the e-mail template
 * @param variant      the A/B variant; absent when there is no split
 * @param messageClass SERVICE or MARKETING
 * @param reason       why it failed
 * @param permanent    whether trying again cannot help (e.g. an invalid address), as opposed to giving up on a
 *                     temporary failure
 * @param attempts     how many times it was tried, at least 1
 * @param failedAt     when the send was given up
 */
public record EmailFailed(
        String sendId,
        String tenantId,
        String campaignId,
        String clientId,
        String signalId,
        String surveyId,
        String templateId,
        String variant,
        MessageClass messageClass,
        EmailFailureReason reason,
        boolean permanent,
        int attempts,
        Instant failedAt) implements EventPayload {

    @Override
    public String partitionKey() {
        return clientId;
    }
}
