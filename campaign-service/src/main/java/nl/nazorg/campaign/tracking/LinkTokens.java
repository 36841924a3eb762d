package nl.nazorg.campaign.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.send.SendPlanner;
import nl.nazorg.security.link.LinkKey;
import nl.nazorg.security.link.LinkKeyRing;

import java.util.Optional;

/**
 * Tracked-link tokens: the key id, then 22 characters of randomness (128 bits, the lookup key), then 11 characters of
 * HMAC-SHA256(key, key id + "\n" + tenant + "\n" + random), so a token only works for the firm it was made for and a
 * hand-made one is refused without trusting the lookup alone. The key id names the key of the ring
 * ({@link CampaignConfig#trackedLinkKeys()}) that verifies it, so the secret can be rotated with a grace period
 * (README); it is whatever precedes the last 33 characters, so the token stays in {@code [A-Za-z0-9_-]} (no separator
 * that a mail client or a link finder could cut off). A token of exactly 33 characters is of the format before key
 * ids (MAC over tenant + "\n" + random) and is verified with the ring's original key while that key is on the ring.
 * Compared in constant time.
 */
@ApplicationScoped
public class LinkTokens {

    static final int RANDOM_LENGTH = 22;
    static final int MAC_LENGTH = 11;
    private static final int MAC_BYTES = 8;

    @Inject
    CampaignConfig config;

    /** A new token for the firm; {@link #randomPart} of it is the stored key. */
    public String issue(String tenantId) {
        return issue(config.trackedLinkKeys(), tenantId, SendPlanner.newToken());
    }

    /** Whether the token was made by this service for this firm, with a key still on the ring. */
    public boolean belongsTo(String token, String tenantId) {
        return belongsTo(config.trackedLinkKeys(), token, tenantId);
    }

    /** The lookup key, or empty when the token is not even shaped like one. */
    public static Optional<String> randomPart(String token) {
        return Parsed.of(token).map(Parsed::random);
    }

    static String issue(LinkKeyRing keys, String tenantId, String random) {
        LinkKey key = keys.current();
        return key.id() + random + key.sign(key.id() + "\n" + tenantId + "\n" + random, MAC_BYTES);
    }

    static boolean belongsTo(LinkKeyRing keys, String token, String tenantId) {
        Optional<Parsed> parsed = Parsed.of(token);
        if (parsed.isEmpty()) {
            return false;
        }
        Parsed given = parsed.get();
        Optional<LinkKey> key = given.keyId() == null ? keys.original() : keys.find(given.keyId());
        String signed = (given.keyId() == null ? "" : given.keyId() + "\n") + tenantId + "\n" + given.random();
        return key.isPresent() && key.get().verifies(signed, given.mac(), MAC_BYTES);
    }

    /** A token taken apart: key id (null in the format before key ids), random part, MAC. */
    private record Parsed(String keyId, String random, String mac) {

        static Optional<Parsed> of(String token) {
            int sealedAt = token == null ? -1 : token.length() - RANDOM_LENGTH - MAC_LENGTH;
            if (sealedAt < 0 || !urlSafe(token)) {
                return Optional.empty();
            }
            String keyId = sealedAt == 0 ? null : token.substring(0, sealedAt);
            if (keyId != null && !LinkKey.isKeyId(keyId)) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(keyId, token.substring(sealedAt, sealedAt + RANDOM_LENGTH),
                    token.substring(sealedAt + RANDOM_LENGTH)));
        }

        /** Only {@code [A-Za-z0-9_-]}: checked per character, on every redirect. */
        private static boolean urlSafe(String token) {
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                    return false;
                }
            }
            return true;
        }
    }
}
