package nl.nazorg.campaign.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.nazorg.security.link.LinkKey;
import nl.nazorg.security.link.LinkKeyRing;

/** Tracked-link tokens across a key rotation: key 1 signs, key 2 takes over with key 1 kept, key 1 is removed. */
class LinkTokensTest {

    private static final String RANDOM = "abcdefghijklmnopqrstuv";
    private static final LinkKey KEY_1 = new LinkKey("1", "first-tracked-link-secret");
    private static final LinkKey KEY_2 = new LinkKey("2", "second-tracked-link-secret");
    private static final LinkKeyRing BEFORE = LinkKeyRing.of(KEY_1);
    private static final LinkKeyRing DURING_GRACE = LinkKeyRing.of(KEY_2, KEY_1);
    private static final LinkKeyRing AFTER = LinkKeyRing.of(KEY_2);

    @Test
    void aTokenNamesItsKeyAndItsRandomPartIsTheLookupKey() {
        String token = LinkTokens.issue(DURING_GRACE, "firm-a", RANDOM);
        assertThat(token).matches("2" + RANDOM + "[A-Za-z0-9_-]{11}");
        assertThat(LinkTokens.randomPart(token)).contains(RANDOM);
        assertThat(LinkTokens.belongsTo(DURING_GRACE, token, "firm-a")).isTrue();
        assertThat(LinkTokens.belongsTo(DURING_GRACE, token, "firm-b")).isFalse();
    }

    @Test
    void aLinkOfThePreviousKeyWorksDuringTheGracePeriodAndNotAfterTheKeyIsRemoved() {
        String sentBeforeRotation = LinkTokens.issue(BEFORE, "firm-a", RANDOM);
        assertThat(LinkTokens.belongsTo(DURING_GRACE, sentBeforeRotation, "firm-a")).isTrue();
        assertThat(LinkTokens.belongsTo(AFTER, sentBeforeRotation, "firm-a")).isFalse();
    }

    @Test
    void unknownKeyIdsSwappedKeyIdsAndTamperedSealsAreRefused() {
        String token = LinkTokens.issue(DURING_GRACE, "firm-a", RANDOM);
        String sealed = token.substring(1);
        assertThat(LinkTokens.belongsTo(DURING_GRACE, "9" + sealed, "firm-a")).isFalse();
        assertThat(LinkTokens.belongsTo(DURING_GRACE, "1" + sealed, "firm-a")).isFalse();
        assertThat(LinkTokens.randomPart("bad.id" + sealed)).isEmpty();
        assertThat(LinkTokens.randomPart("a-key-id-too-long" + sealed)).isEmpty();
        char last = token.charAt(token.length() - 1);
        // 8 bytes in 11 characters: the last one has unused bits, so a neighbouring letter may decode the same.
        assertThat(LinkTokens.belongsTo(DURING_GRACE, token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),
                "firm-a")).isFalse();
        assertThat(LinkTokens.belongsTo(DURING_GRACE, token + "A", "firm-a")).isFalse();
    }

    @Test
    void aTokenWithoutKeyIdIsCheckedWithTheOriginalKeyWhileItIsOnTheRing() {
        LinkKey original = new LinkKey(LinkKeyRing.ORIGINAL_KEY_ID, "the-secret-from-before-key-ids");
        // The format before key ids: random part + 11 characters of HMAC(secret, tenant + "\n" + random).
        String old = RANDOM + original.sign("firm-a\n" + RANDOM, 8);
        assertThat(LinkTokens.randomPart(old)).contains(RANDOM);
        assertThat(LinkTokens.belongsTo(LinkKeyRing.of(KEY_1, original), old, "firm-a")).isTrue();
        assertThat(LinkTokens.belongsTo(LinkKeyRing.of(KEY_1), old, "firm-a")).isFalse();
        // Dropping the id of a new token does not make it an old one: the id is part of what was signed.
        String current = LinkTokens.issue(LinkKeyRing.of(original), "firm-a", RANDOM);
        assertThat(LinkTokens.belongsTo(LinkKeyRing.of(original), current.substring(1), "firm-a")).isFalse();
    }
}
