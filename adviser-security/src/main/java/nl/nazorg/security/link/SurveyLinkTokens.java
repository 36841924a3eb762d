package nl.nazorg.security.link;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The personal survey link token (DESIGN.md §8): campaign-service signs it into an invitation e-mail, survey-service
 * verifies it on its own, with the key ring they share. One class for both, so the two sides cannot drift apart.
 *
 * <p>Format: {@code keyId "." base64url(claims JSON) "." base64url(HMAC-SHA256(key, keyId "." first part))},
 * unpadded, claims {@code v (1), tenantId, clientId, surveyId, campaignId, sendId, exp} with exp in epoch seconds
 * (exclusive). A token of the format before key ids ({@code claims "." HMAC(key, claims)}) is verified with the
 * ring's original key while that key is on the ring. Every failure (forged, expired, unknown or removed key id) is
 * the same empty answer, so a caller cannot tell one from another.
 */
public final class SurveyLinkTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAC_LENGTH = 32;
    /** Far above any real token; refuses absurd input before any work. */
    private static final int MAX_LENGTH = 2048;

    private SurveyLinkTokens() {
    }

    public static Optional<SurveyLink> verify(LinkKeyRing keys, String token, Instant now) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        Optional<LinkKey> key = switch (parts.length) {
            case 2 -> keys.original();
            case 3 -> LinkKey.isKeyId(parts[0]) ? keys.find(parts[0]) : Optional.empty();
            default -> Optional.empty();
        };
        if (key.isEmpty() || parts[parts.length - 2].isEmpty()) {
            return Optional.empty();
        }
        try {
            String signed = token.substring(0, token.lastIndexOf('.'));
            if (!key.get().verifies(signed, parts[parts.length - 1], MAC_LENGTH)) {
                return Optional.empty();
            }
            return claims(DECODER.decode(parts[parts.length - 2]), now);
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** The token for {@code link}, signed with the ring's current key: invitation e-mails, tests and demo data. */
    public static String sign(LinkKeyRing keys, SurveyLink link) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("v", 1);
        body.put("tenantId", link.tenantId());
        body.put("clientId", link.clientId());
        body.put("surveyId", link.surveyId());
        body.put("campaignId", link.campaignId());
        body.put("sendId", link.sendId());
        body.put("exp", link.expiresAt().getEpochSecond());
        try {
            LinkKey key = keys.current();
            String signed = key.id() + "." + ENCODER.encodeToString(JSON.writeValueAsBytes(body));
            return signed + "." + key.sign(signed, MAC_LENGTH);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token whose signature holds; read only then. */
    private static Optional<SurveyLink> claims(byte[] json, Instant now) throws IOException {
        JsonNode claims = JSON.readTree(json);
        Instant expires = Instant.ofEpochSecond(claims.path("exp").asLong(0));
        if (claims.path("v").asInt() != 1 || !now.isBefore(expires)) {
            return Optional.empty();
        }
        String tenantId = text(claims, "tenantId");
        String clientId = text(claims, "clientId");
        String surveyId = text(claims, "surveyId");
        if (tenantId == null || clientId == null || surveyId == null) {
            return Optional.empty();
        }
        return Optional.of(new SurveyLink(tenantId, clientId, surveyId, text(claims, "campaignId"),
                text(claims, "sendId"), expires));
    }

    private static String text(JsonNode claims, String name) {
        JsonNode node = claims.get(name);
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
    }
}
