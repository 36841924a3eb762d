package nl.nazorg.events.campaign;

import java.time.Instant;

import nl.nazorg.events.EventPayload;

/**
 * A client unsubscribed (afgemeld). Absolute and at once: client-service records the withdrawal of consent, and no
 * further message of the scope goes to the client. On {@code campaign-events.v1}.
 *
 * @param tenantId       the advisory firm
 * @param clientId       the client; the record key
 * @param campaignId     the campaign of the e-mail the client unsubscribed from; absent when not from an e-mail
 * @param sendId         the send the unsubscribe link was in; absent when not from an e-mail
 * @param scope          what the client unsubscribed from
 * @param channel        how
 * @param unsubscribedAt when
 */
public record Unsubscribed(
        String tenantId,
        String clientId,
        String campaignId,
        String sendId,
        UnsubscribeScope scope,
        UnsubscribeChannel channel,
        Instant unsubscribedAt) implements EventPayload {

    @Override
    public String partitionKey() {
        return clientId;
    }
}
