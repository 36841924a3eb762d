package nl.nazorg.events.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidThatCarriesItsMillisecond() {
        long millis = Instant.parse("2026-12-07T10:15:30.123Z").toEpochMilli();
        UUID id = TimeOrderedIds.at(millis);

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
        assertEquals(id, UUID.fromString(id.toString()), "readers parse it as any UUID");
    }

    @Test
    void idsOfALaterMillisecondSortAfterEarlierOnesAsTextToo() {
        long millis = Instant.parse("2026-12-07T10:15:30.123Z").toEpochMilli();
        for (int i = 0; i < 1_000; i++) {
            String earlier = TimeOrderedIds.at(millis).toString();
            String later = TimeOrderedIds.at(millis + 1).toString();
            assertTrue(earlier.compareTo(later) < 0, earlier + " sorts before " + later);
        }
    }

    @Test
    void idsOfOneMillisecondAreDistinct() {
        long millis = System.currentTimeMillis();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.at(millis));
        }
        assertEquals(100_000, ids.size());
    }
}
