package nl.nazorg.security.link;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The keys of one kind of link token (DESIGN.md §8): tokens are always signed with {@link #current()}; a token is
 * verified with the key its id names, the current one or one of the {@link #previous()} keys kept during a
 * rotation's grace period. A key id that is not on the ring (never was, or removed after the grace period) finds no
 * key, and the token is refused exactly like a forged one. The rotation procedure is in campaign-service's README.
 *
 * @param current  the signing key
 * @param previous keys kept for verification only, until every token they signed has expired
 */
public record LinkKeyRing(LinkKey current, List<LinkKey> previous) {

    /**
     * The id of the key that signed tokens before tokens carried a key id: a token without one is verified with the
     * key of this id, for as long as it is on the ring.
     */
    public static final String ORIGINAL_KEY_ID = "0";

    public LinkKeyRing {
        if (current == null) {
            throw new IllegalArgumentException("A link key ring needs a current key");
        }
        previous = List.copyOf(previous);
        Set<String> ids = new HashSet<>();
        Stream.concat(Stream.of(current), previous.stream()).forEach(key -> {
            if (!ids.add(key.id())) {
                throw new IllegalArgumentException("Link key id " + key.id() + " is on the ring twice");
            }
        });
    }

    public static LinkKeyRing of(LinkKey current, LinkKey... previous) {
        return new LinkKeyRing(current, List.of(previous));
    }

    /** One key, as before key ids: the original id, nothing previous. */
    public static LinkKeyRing single(String secret) {
        return of(new LinkKey(ORIGINAL_KEY_ID, secret));
    }

    /** The key with this id, current or previous; empty for an unknown or removed id. */
    public Optional<LinkKey> find(String keyId) {
        return Stream.concat(Stream.of(current), previous.stream()).filter(key -> key.id().equals(keyId)).findFirst();
    }

    /** The key that signed a token without a key id (written before key ids), while it is on the ring. */
    public Optional<LinkKey> original() {
        return find(ORIGINAL_KEY_ID);
    }
}
