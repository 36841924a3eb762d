package nl.nazorg.security.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A rotation as the procedure in campaign-service's README runs it: key 1 signs; key 2 becomes current with key 1
 * kept as previous (the grace period); key 1 is removed. Shown on survey link tokens, the ring's first user.
 */
class LinkKeyRotationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final LinkKey KEY_1 = new LinkKey("1", "first-secret-of-thirty-two-bytes");
    private static final LinkKey KEY_2 = new LinkKey("2", "second-secret-of-thirty-two-byte");
    private static final SurveyLink LINK = new SurveyLink("firm-a", "client-1", "client-satisfaction", "campaign-1",
            "send-1", NOW.plusSeconds(3600));

    private static final LinkKeyRing BEFORE = LinkKeyRing.of(KEY_1);
    private static final LinkKeyRing DURING_GRACE = LinkKeyRing.of(KEY_2, KEY_1);
    private static final LinkKeyRing AFTER = LinkKeyRing.of(KEY_2);

    @Test
    void signsWithTheCurrentKeyAndNamesIt() {
        assertThat(SurveyLinkTokens.sign(BEFORE, LINK)).startsWith("1.");
        assertThat(SurveyLinkTokens.sign(DURING_GRACE, LINK)).startsWith("2.");
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, SurveyLinkTokens.sign(DURING_GRACE, LINK), NOW)).contains(LINK);
    }

    @Test
    void aTokenOfThePreviousKeyWorksDuringTheGracePeriodAndNotAfterTheKeyIsRemoved() {
        String sentBeforeRotation = SurveyLinkTokens.sign(BEFORE, LINK);
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, sentBeforeRotation, NOW)).contains(LINK);
        assertThat(SurveyLinkTokens.verify(AFTER, sentBeforeRotation, NOW)).isEmpty();
    }

    @Test
    void anUnknownKeyIdOrAKeyIdSwappedForAnotherIsRefused() {
        String token = SurveyLinkTokens.sign(DURING_GRACE, LINK);
        String rest = token.substring(token.indexOf('.'));
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, "9" + rest, NOW)).isEmpty();
        // The key id is signed too: naming the other key on the ring does not make the signature fit.
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, "1" + rest, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, "no/such key" + rest, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, rest.substring(1), NOW)).isEmpty();
    }

    @Test
    void anotherSpellingOfTheSameSignatureIsRefused() {
        String token = SurveyLinkTokens.sign(DURING_GRACE, LINK);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        // 32 bytes in 43 characters leave the last character's two low bits unused: a decoder reads both the same.
        char last = token.charAt(token.length() - 1);
        char respelled = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String tampered = token.substring(0, token.length() - 1) + respelled;
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, tampered, NOW)).isEmpty();
    }

    @Test
    void aTokenSignedWithTheRightIdButAnotherSecretIsRefused() {
        LinkKeyRing impostor = LinkKeyRing.of(new LinkKey("2", "a-guessed-secret"));
        assertThat(SurveyLinkTokens.verify(DURING_GRACE, SurveyLinkTokens.sign(impostor, LINK), NOW)).isEmpty();
    }

    @Test
    void aTokenWithoutKeyIdIsReadOnlyWithTheOriginalKeyWhileItIsOnTheRing() {
        LinkKey original = new LinkKey(LinkKeyRing.ORIGINAL_KEY_ID, "the-secret-from-before-key-ids!!");
        String current = SurveyLinkTokens.sign(LinkKeyRing.of(original), LINK);
        String withoutKeyId = current.substring(current.indexOf('.') + 1);
        // Stripping the id from a new token does not turn it into an old one: the id was part of what was signed.
        assertThat(SurveyLinkTokens.verify(LinkKeyRing.of(original), withoutKeyId, NOW)).isEmpty();
        assertThat(SurveyLinkTokens.verify(LinkKeyRing.of(KEY_1, original), current, NOW)).contains(LINK);
        assertThat(SurveyLinkTokens.verify(LinkKeyRing.of(KEY_1), current, NOW)).isEmpty();
    }

    @Test
    void keysAreReadFromConfigurationAndNeverPrintTheirSecret() {
        assertThat(LinkKey.parse("k-2024:abc:def")).isEqualTo(new LinkKey("k-2024", "abc:def"));
        assertThat(LinkKey.parse(" 1 : secret ")).isEqualTo(new LinkKey("1", "secret"));
        assertThat(KEY_1.toString()).contains("1").doesNotContain(KEY_1.secret());
        assertThat(LinkKey.parse(KEY_1.configValue())).isEqualTo(KEY_1);
        for (String bad : List.of("no-colon", ":secret", "1:", "id.with.dots:secret", "much-too-long-key-id:secret")) {
            assertThatThrownBy(() -> LinkKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LinkKeyRing.of(KEY_1, new LinkKey("1", "another"))).hasMessageContaining("twice");
    }
}
