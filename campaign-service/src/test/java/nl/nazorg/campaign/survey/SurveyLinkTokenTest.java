package nl.nazorg.campaign.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyLinkTokenTest {

    private final ObjectMapper json = new ObjectMapper();
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final SurveyLinkToken.Claims claims = new SurveyLinkToken.Claims("firm-a", "client-1", "annual-aftercare-scan",
            "campaign-1", "send-1", now.plusSeconds(3600));

    @Test
    void aSignedTokenVerifiesWithTheSameSecretOnly() {
        String token = SurveyLinkToken.sign(json, "secret", claims);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        assertThat(SurveyLinkToken.verify(json, "secret", token, now)).contains(claims);
        assertThat(SurveyLinkToken.verify(json, "other", token, now)).isEmpty();
    }

    @Test
    void tamperedOrExpiredTokensAreRefused() {
        String token = SurveyLinkToken.sign(json, "secret", claims);
        String other = SurveyLinkToken.sign(json, "secret", new SurveyLinkToken.Claims("firm-b", "client-1",
                "annual-aftercare-scan", "campaign-1", "send-1", now.plusSeconds(3600)));
        String swapped = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(SurveyLinkToken.verify(json, "secret", swapped, now)).isEmpty();
        assertThat(SurveyLinkToken.verify(json, "secret", token, now.plusSeconds(3600))).isEmpty();
        assertThat(SurveyLinkToken.verify(json, "secret", "garbage", now)).isEmpty();
        assertThat(SurveyLinkToken.verify(json, "secret", token + "x", now)).isEmpty();
    }
}
