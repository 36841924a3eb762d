package nl.nazorg.events.campaign;

import java.time.Instant;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;

/**
 * An e-mail to a client was accepted by the mail server (e-mail verzonden). On {@code campaign-events.v1}; ids only,
 * no address and no content.
 *
 * @param sendId       the id of this send in the send log (verzendlog); links clicks and unsubscribes to it
 * @param tenantId     the advisory firm
 * @param campaignId   the campaign it belongs to (triggered or selection campaign)
 * @param clientId     the client it went to; the record key
 * @param signalId     the signal it is about, for a triggered campaign; absent otherwise
 * @param surveyId     the survey it invites to, for a survey invitation (uitnodiging vragenlijst); absent otherwise
 * @param templateId   the e-mail template used
 * @param variant      the template variant of an A/B split, e.g. {@code A}; absent when there is no split
 * @param messageClass SERVICE or MARKETING
 * @param legalBasis   the legal basis (rechtsgrond) it was sent on
 * @param sentAt       when the mail server accepted it
 */
public record EmailSent(
        String sendId,
        String tenantId,
        String campaignId,
        String clientId,
        String signalId,
        String surveyId,
        String templateId,
        String variant,
        MessageClass messageClass,
        LegalBasis legalBasis,
        Instant sentAt) implements EventPayload {

    @Override
    public String partitionKey() {
        return clientId;
    }
}
