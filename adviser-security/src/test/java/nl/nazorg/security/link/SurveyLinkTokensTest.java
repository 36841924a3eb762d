package nl.nazorg.security.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SurveyLinkTokensTest {

    private static final String SECRET = "dev-only-survey-secret-change-me";
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /**
     * Signed by campaign-service's own signer of 2026-11-22 (before both services shared this class) with the dev
     * secret: tenant firm-fixture, client client-42, survey client-satisfaction, campaign campaign-7, send send-99,
     * expiry 2100-01-01. Links in e-mails already sent must keep working: if the format changes, this test says so.
     */
    private static final String FROM_CAMPAIGN_SERVICE = "eyJ2IjoxLCJ0ZW5hbnRJZCI6ImZpcm0tZml4dHVyZSIsImNsaWVudElkIjoi"
            + "Y2xpZW50LTQyIiwic3VydmV5SWQiOiJjbGllbnQtc2F0aXNmYWN0aW9uIiwiY2FtcGFpZ25JZCI6ImNhbXBhaWduLTciLCJzZW5kSWQi"
            + "OiJzZW5kLTk5IiwiZXhwIjo0MTAyNDQ0ODAwfQ.w4We3g-XDp_lt_p1aluouXVH21f2KBbHzmcIcjROgh0";

    @Test
    void readsATokenCampaignServiceSignedAndSignsItTheSameWay() {
        SurveyLink link = SurveyLinkTokens.verify(SECRET, FROM_CAMPAIGN_SERVICE, NOW).orElseThrow();
        assertThat(link).isEqualTo(new SurveyLink("firm-fixture", "client-42", "client-satisfaction", "campaign-7",
                "send-99", Instant.ofEpochSecond(4102444800L)));
        assertThat(SurveyLinkTokens.sign(SECRET, link)).isEqualTo(FROM_CAMPAIGN_SERVICE);
    }

    @Test
    void anotherSecretATamperedPayloadOrSignatureIsRefused() {
        assertThat(SurveyLinkTokens.verify("another-secret", FROM_CAMPAIGN_SERVICE, NOW)).isEmpty();
        String[] parts = FROM_CAMPAIGN_SERVICE.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replace("client-42", "client-43");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];
        assertThat(SurveyLinkTokens.verify(SECRET, forged, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(SECRET, parts[0] + "." + parts[1].substring(1), NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(SECRET, parts[0], NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(SECRET, FROM_CAMPAIGN_SERVICE + ".x", NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(SECRET, "not a token at all!", NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(SECRET, "x".repeat(5000), NOW)).isEmpty();
    }

    @Test
    void theSignatureOfAnotherValidTokenDoesNotCarryOverToOtherClaims() {
        SurveyLink firmA = new SurveyLink("firm-a", "client-1", "annual-aftercare-scan", "campaign-1", "send-1", NOW.plusSeconds(3600));
        SurveyLink firmB = new SurveyLink("firm-b", "client-1", "annual-aftercare-scan", "campaign-1", "send-1", NOW.plusSeconds(3600));
        String tokenA = SurveyLinkTokens.sign(SECRET, firmA);
        String tokenB = SurveyLinkTokens.sign(SECRET, firmB);
        assertThat(tokenA).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        String swapped = tokenB.substring(0, tokenB.indexOf('.')) + tokenA.substring(tokenA.indexOf('.'));
        assertThat(SurveyLinkTokens.verify(SECRET, swapped, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(SECRET, tokenA, NOW)).contains(firmA);
    }

    @Test
    void expiresAtTheExpiryInstant() {
        SurveyLink link = new SurveyLink("firm", "client", "mortgage-scan", null, null, NOW);
        String token = SurveyLinkTokens.sign(SECRET, link);
        assertThat(SurveyLinkTokens.verify(SECRET, token, NOW.minusSeconds(1))).contains(link);
        assertThat(SurveyLinkTokens.verify(SECRET, token, NOW)).isEmpty();
    }

    @Test
    void aLinkWithoutCampaignStillWorksAndIdentifiesItself() {
        SurveyLink link = new SurveyLink("firm", "client", "mortgage-scan", null, null, NOW.plusSeconds(60));
        SurveyLink read = SurveyLinkTokens.verify(SECRET, SurveyLinkTokens.sign(SECRET, link), NOW).orElseThrow();
        assertThat(read.campaignId()).isNull();
        assertThat(read.linkKey()).isEqualTo("mortgage-scan|client||");
    }
}
