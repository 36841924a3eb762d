package nl.nazorg.security.link;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.WithDefault;

/**
 * The configuration of one {@link LinkKeyRing}, for a service's {@code @ConfigMapping} to extend: {@code secret}
 * and {@code key-id} are the current key, {@code previous-keys} a comma-separated list of {@code <id>:<secret>}
 * kept for verification during a rotation's grace period. A configuration from before key ids (only
 * {@code secret}) is the original key, id {@value LinkKeyRing#ORIGINAL_KEY_ID}, as the tokens it signed assume.
 */
public interface LinkKeys {

    /** HMAC-SHA256 secret of the current (signing) key. */
    String secret();

    /** Id of the current key, carried in every token it signs. */
    @WithDefault(LinkKeyRing.ORIGINAL_KEY_ID)
    String keyId();

    /** Keys that only verify, {@code <id>:<secret>,<id>:<secret>}; remove one when its tokens have expired. */
    Optional<List<LinkKey>> previousKeys();

    default LinkKeyRing keyRing() {
        return new LinkKeyRing(new LinkKey(keyId(), secret()), previousKeys().orElse(List.of()));
    }
}
