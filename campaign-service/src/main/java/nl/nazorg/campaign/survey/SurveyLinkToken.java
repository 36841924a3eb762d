package nl.nazorg.campaign.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The personal survey link token that survey-service verifies on its own (DESIGN.md §8; format in the README):
 * {@code base64url(claims JSON) "." base64url(HMAC-SHA256(secret, first part))}, unpadded, with claims
 * {@code v, tenantId, clientId, surveyId, campaignId, sendId, exp} (exp in epoch seconds).
 */
public final class SurveyLinkToken {

    public record Claims(String tenantId, String clientId, String surveyId, String campaignId, String sendId,
                         Instant expiresAt) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SurveyLinkToken() {
    }

    public static String sign(ObjectMapper json, String secret, Claims claims) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("v", 1);
        body.put("tenantId", claims.tenantId());
        body.put("clientId", claims.clientId());
        body.put("surveyId", claims.surveyId());
        body.put("campaignId", claims.campaignId());
        body.put("sendId", claims.sendId());
        body.put("exp", claims.expiresAt().getEpochSecond());
        try {
            String payload = ENCODER.encodeToString(json.writeValueAsBytes(body));
            return payload + "." + ENCODER.encodeToString(hmac(secret, payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a valid, unexpired token; empty for anything else (one answer for every failure). */
    public static Optional<Claims> verify(ObjectMapper json, String secret, String token, Instant now) {
        try {
            int dot = token.indexOf('.');
            if (dot <= 0 || dot != token.lastIndexOf('.')) {
                return Optional.empty();
            }
            String payload = token.substring(0, dot);
            if (!MessageDigest.isEqual(hmac(secret, payload), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            var node = json.readTree(DECODER.decode(payload));
            if (node.path("v").asInt() != 1) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(node.path("exp").asLong());
            if (!now.isBefore(expires)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(node.path("tenantId").asText(), node.path("clientId").asText(),
                    node.path("surveyId").asText(), node.path("campaignId").asText(), node.path("sendId").asText(), expires));
        } catch (RuntimeException | java.io.IOException e) {
            return Optional.empty();
        }
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
