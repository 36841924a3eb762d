package nl.nazorg.security.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SurveyLinkTokensTest {

    private static final String SECRET = "dev-only-survey-secret-change-me";
    /** The dev secret as the original key (id 0): the configuration of every service before key ids. */
    private static final LinkKeyRing KEYS = LinkKeyRing.single(SECRET);
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /**
     * Signed by campaign-service's own signer of 2026-11-22 (before both services shared this class) with the dev
     * secret: tenant firm-fixture, client client-42, survey client-satisfaction, campaign campaign-7, send send-99,
     * expiry 2100-01-01, in the format before key ids. Links in e-mails already sent must keep working while their
     * key (the original key, id 0) is on the ring: if the format changes, this test says so.
     */
    private static final String FROM_CAMPAIGN_SERVICE = "eyJ2IjoxLCJ0ZW5hbnRJZCI6ImZpcm0tZml4dHVyZSIsImNsaWVudElkIjoi"
            + "Y2xpZW50LTQyIiwic3VydmV5SWQiOiJjbGllbnQtc2F0aXNmYWN0aW9uIiwiY2FtcGFpZ25JZCI6ImNhbXBhaWduLTciLCJzZW5kSWQi"
            + "OiJzZW5kLTk5IiwiZXhwIjo0MTAyNDQ0ODAwfQ.w4We3g-XDp_lt_p1aluouXVH21f2KBbHzmcIcjROgh0";

    @Test
    void readsATokenSignedBeforeKeyIdsWithTheOriginalKey() {
        SurveyLink link = SurveyLinkTokens.verify(KEYS, FROM_CAMPAIGN_SERVICE, NOW).orElseThrow();
        assertThat(link).isEqualTo(new SurveyLink("firm-fixture", "client-42", "client-satisfaction", "campaign-7",
                "send-99", Instant.ofEpochSecond(4102444800L)));
        // New tokens name their key: the same claims, now behind the key id and signed over both.
        String signedNow = SurveyLinkTokens.sign(KEYS, link);
        assertThat(signedNow).isEqualTo("0." + FROM_CAMPAIGN_SERVICE.substring(0, FROM_CAMPAIGN_SERVICE.indexOf('.'))
                + signedNow.substring(signedNow.lastIndexOf('.')));
        assertThat(SurveyLinkTokens.verify(KEYS, signedNow, NOW)).contains(link);
    }

    @Test
    void anotherSecretATamperedPayloadOrSignatureIsRefused() {
        assertThat(SurveyLinkTokens.verify(LinkKeyRing.single("another-secret"), FROM_CAMPAIGN_SERVICE, NOW)).isEmpty();
        String[] parts = FROM_CAMPAIGN_SERVICE.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replace("client-42", "client-43");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];
        assertThat(SurveyLinkTokens.verify(KEYS, forged, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, parts[0] + "." + parts[1].substring(1), NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, parts[0], NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, FROM_CAMPAIGN_SERVICE + ".x", NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, "0." + FROM_CAMPAIGN_SERVICE, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, "not a token at all!", NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, "0..", NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, "x".repeat(5000), NOW)).isEmpty();
    }

    @Test
    void theSignatureOfAnotherValidTokenDoesNotCarryOverToOtherClaims() {
        SurveyLink firmA = new SurveyLink("firm-a", "client-1", "annual-aftercare-scan", "campaign-1", "send-1", NOW.plusSeconds(3600));
        SurveyLink firmB = new SurveyLink("firm-b", "client-1", "annual-aftercare-scan", "campaign-1", "send-1", NOW.plusSeconds(3600));
        String tokenA = SurveyLinkTokens.sign(KEYS, firmA);
        String tokenB = SurveyLinkTokens.sign(KEYS, firmB);
        assertThat(tokenA).matches("0\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        String swapped = tokenB.substring(0, tokenB.lastIndexOf('.')) + tokenA.substring(tokenA.lastIndexOf('.'));
        assertThat(SurveyLinkTokens.verify(KEYS, swapped, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(KEYS, tokenA, NOW)).contains(firmA);
    }

    @Test
    void expiresAtTheExpiryInstant() {
        SurveyLink link = new SurveyLink("firm", "client", "mortgage-scan", null, null, NOW);
        String token = SurveyLinkTokens.sign(KEYS, link);
        assertThat(SurveyLinkTokens.verify(KEYS, token, NOW.minusSeconds(1))).contains(link);
        assertThat(SurveyLinkTokens.verify(KEYS, token, NOW)).isEmpty();
    }

    @Test
    void aLinkWithoutCampaignStillWorksAndIdentifiesItself() {
        SurveyLink link = new SurveyLink("firm", "client", "mortgage-scan", null, null, NOW.plusSeconds(60));
        SurveyLink read = SurveyLinkTokens.verify(KEYS, SurveyLinkTokens.sign(KEYS, link), NOW).orElseThrow();
        assertThat(read.campaignId()).isNull();
        assertThat(read.linkKey()).isEqualTo("mortgage-scan|client||");
    }
}
