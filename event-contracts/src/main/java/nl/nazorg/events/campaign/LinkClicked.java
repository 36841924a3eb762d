package nl.nazorg.events.campaign;

import java.time.Instant;

import nl.nazorg.events.EventPayload;

/**
 * A tracked link in an e-mail was followed (link aangeklikt). On {@code campaign-events.v1}; the destination URL is
 * not on the topic (it may carry personal details), only the link's id within the template.
 *
 * @param clickId                the id of this click
 * @param tenantId               the advisory firm
 * @param sendId                 the send the link was in
 * @param campaignId             the campaign of that send
 * @param clientId               the client the e-mail went to; the record key
 * @param signalId               the signal the e-mail was about; absent when none
 * @param linkId                 the link's id within the template, e.g. {@code cta-appointment}
 * @param clickedAt              when it was followed
 * @param suspectedScanner       whether it looks like a mail-security scanner rather than the client
 * @param suspectedScannerReason why; present exactly when {@code suspectedScanner}
 */
public record LinkClicked(
        String clickId,
        String tenantId,
        String sendId,
        String campaignId,
        String clientId,
        String signalId,
        String linkId,
        Instant clickedAt,
        boolean suspectedScanner,
        ScannerSuspicion suspectedScannerReason) implements EventPayload {

    @Override
    public String partitionKey() {
        return clientId;
    }
}
