package nl.nazorg.campaign.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * What a tracked link leads to and whose click it records: fixed when the e-mail is rendered and unchanged until the
 * link expires or its client is erased, so it may be served from memory.
 *
 * @param token       the random part of the token (the lookup key)
 * @param destination the only place the link may redirect to
 * @param createdAt   about when the e-mail left: clicks within seconds of it are probably scanners
 */
public record LinkTarget(String token, String tenantId, UUID campaignId, String variant, UUID sendId,
                         String clientId, String signalId, String linkId, String destination, Instant createdAt,
                         Instant expiresAt) {

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
