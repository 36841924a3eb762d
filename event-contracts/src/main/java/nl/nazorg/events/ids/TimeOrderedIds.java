package nl.nazorg.events.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers that sort by the time they were made: UUID version 7 (RFC 9562), the Unix time in milliseconds in the
 * first 48 bits and 74 random bits after it. Every event id ({@code ce_id}) and every signal id is one, because both
 * are keys of B-tree indexes that grow with every record (each consumer's message log, the signal table): a new
 * random id lands on a random leaf page of an index larger than the database's memory, which dirties a different page
 * for every row and, after each checkpoint, writes each such page whole into the WAL. Ids made in the same
 * millisecond land on the same page. They stay ordinary UUIDs to every reader.
 *
 * <p>Not secrets: 74 random bits make two ids of one millisecond collide about never, and nothing trusts an id for
 * access (every read is scoped to the caller's tenant).
 */
public final class TimeOrderedIds {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | VERSION_7 | (random.nextLong() & 0x0FFFL);
        long low = VARIANT_RFC | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }
}
