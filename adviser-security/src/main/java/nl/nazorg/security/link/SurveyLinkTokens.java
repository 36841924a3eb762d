package nl.nazorg.security.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The personal survey link token (DESIGN.md §8): campaign-service signs it into an invitation e-mail, survey-service
 * verifies it on its own, with the secret they share. One class for both, so the two sides cannot drift apart.
 *
 * <p>Format: {@code base64url(claims JSON) "." base64url(HMAC-SHA256(secret, first part))}, unpadded, claims
 * {@code v (1), tenantId, clientId, surveyId, campaignId, sendId, exp} with exp in epoch seconds (exclusive).
 * Every failure is the same empty answer, so a caller cannot tell forged from expired.
 */
public final class SurveyLinkTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far above any real token; refuses absurd input before any work. */
    private static final int MAX_LENGTH = 2048;

    private SurveyLinkTokens() {
    }

    public static Optional<SurveyLink> verify(String secret, String token, Instant now) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String payload = token.substring(0, dot);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(hmac(secret, payload), signature)) {
                return Optional.empty();
            }
            JsonNode claims = JSON.readTree(DECODER.decode(payload));
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
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** The token for {@code link}: campaign-service puts it in invitation e-mails; tests and demo data use it too. */
    public static String sign(String secret, SurveyLink link) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("v", 1);
        body.put("tenantId", link.tenantId());
        body.put("clientId", link.clientId());
        body.put("surveyId", link.surveyId());
        body.put("campaignId", link.campaignId());
        body.put("sendId", link.sendId());
        body.put("exp", link.expiresAt().getEpochSecond());
        try {
            String payload = ENCODER.encodeToString(JSON.writeValueAsBytes(body));
            return payload + "." + ENCODER.encodeToString(hmac(secret, payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode claims, String name) {
        JsonNode node = claims.get(name);
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
    }

    private static byte[] hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
