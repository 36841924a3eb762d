package nl.nazorg.campaign.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.send.SendPlanner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Tracked-link tokens: 22 characters of randomness (128 bits, the lookup key) followed by 11 characters of
 * HMAC-SHA256(secret, tenant + "\n" + random), so a token only works for the firm it was made for and a
 * hand-made one is refused without trusting the lookup alone. Compared in constant time.
 */
@ApplicationScoped
public class LinkTokens {

    static final int RANDOM_LENGTH = 22;
    static final int MAC_LENGTH = 11;

    @Inject
    CampaignConfig config;

    /** A new token for the firm; {@link #randomPart} of it is the stored key. */
    public String issue(String tenantId) {
        String random = SendPlanner.newToken();
        return random + mac(tenantId, random);
    }

    /** The lookup key, or empty when the token is not even shaped like one. */
    public static Optional<String> randomPart(String token) {
        if (token == null || token.length() != RANDOM_LENGTH + MAC_LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return Optional.of(token.substring(0, RANDOM_LENGTH));
    }

    /** Whether the token was made by this service for this firm. */
    public boolean belongsTo(String token, String tenantId) {
        Optional<String> random = randomPart(token);
        if (random.isEmpty()) {
            return false;
        }
        byte[] expected = mac(tenantId, random.get()).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(RANDOM_LENGTH).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private String mac(String tenantId, String random) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] full = mac.doFinal((tenantId + "\n" + random).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
